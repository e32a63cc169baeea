package io.askdb.sample;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * The local PostgreSQL and MariaDB that the integration tests load: a test is skipped with the reason
 * when its server is down, unless {@code ASKDB_REQUIRE_SERVICES=1} (as in CI), where it fails. The
 * sample cannot use core's test fixtures (core's tests depend on this module), hence this copy.
 */
final class ExternalServices {

    static final String MARIADB_URL = "jdbc:mariadb://127.0.0.1:3306/test";

    private ExternalServices() {}

    static void requirePostgres() {
        require("PostgreSQL", 5432);
    }

    static void requireMariaDb() {
        require("MariaDB", 3306);
    }

    private static void require(String service, int port) {
        boolean up;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            up = true;
        } catch (IOException e) {
            up = false;
        }
        String reason = service + " is not reachable at 127.0.0.1:" + port;
        if (!up && "1".equals(System.getenv("ASKDB_REQUIRE_SERVICES"))) {
            throw new AssertionError(reason + ", and ASKDB_REQUIRE_SERVICES=1 requires it");
        }
        assumeTrue(up, reason + "; skipped (set ASKDB_REQUIRE_SERVICES=1 to fail instead)");
    }
}
