package io.askdb.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The reference data beside the repository ({@code ../shared/data}): Spider and the real
 * AdventureWorksLT rows. A user's clone does not have it, so tests that read it skip without it;
 * with {@code ASKDB_REQUIRE_SERVICES=1} (as in CI, which has {@code ../shared} beside the clone)
 * they fail instead, so a test that reads it can never pass there by not running.
 */
public final class SharedData {

    private SharedData() {}

    /**
     * The data file or folder; a skipped test when it is absent, a failed one when
     * {@code ASKDB_REQUIRE_SERVICES=1}.
     */
    public static Path require(String relative) {
        return require(relative, "1".equals(System.getenv("ASKDB_REQUIRE_SERVICES")));
    }

    static Path require(String relative, boolean required) {
        Optional<Path> path = find(relative);
        if (path.isEmpty() && required) {
            throw new AssertionError("../shared/data/" + relative + " is absent, and ASKDB_REQUIRE_SERVICES=1"
                    + " requires it (CI has ../shared beside the clone)");
        }
        assumeTrue(path.isPresent(), "../shared/data/" + relative + " is absent; skipped");
        return path.get();
    }

    /** The data file or folder, when it exists; for tools, which have no test to skip. */
    public static Optional<Path> find(String relative) {
        Path root = locate();
        Path path = root == null ? null : root.resolve(relative);
        return path != null && Files.exists(path) ? Optional.of(path) : Optional.empty();
    }

    private static Path locate() {
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
