package io.askdb.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * Reachability of the real services that integration tests use. A test calls {@link #require}
 * first: when the service is down it is skipped with the reason, unless
 * {@code ASKDB_REQUIRE_SERVICES=1} (as in CI), where it fails instead.
 */
public final class ExternalServices {

    public static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    public static final String MARIADB_URL = "jdbc:mariadb://127.0.0.1:3306/test";
    public static final String REDIS_URL = "redis://127.0.0.1:6379";

    private ExternalServices() {}

    public static void requirePostgres() {
        require("PostgreSQL", "127.0.0.1", 5432);
    }

    public static void requireMariaDb() {
        require("MariaDB", "127.0.0.1", 3306);
    }

    public static void requireRedis() {
        require("Redis", "127.0.0.1", 6379);
    }

    public static void require(String service, String host, int port) {
        boolean up = reachable(host, port);
        String reason = service + " is not reachable at " + host + ":" + port;
        if (!up && "1".equals(System.getenv("ASKDB_REQUIRE_SERVICES"))) {
            throw new AssertionError(reason + ", and ASKDB_REQUIRE_SERVICES=1 requires it");
        }
        assumeTrue(up, reason + "; skipped (set ASKDB_REQUIRE_SERVICES=1 to fail instead)");
    }

    private static boolean reachable(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
