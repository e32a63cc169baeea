package io.askdb.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The reference data beside the repository ({@code ../shared/data}): Spider and the real
 * AdventureWorksLT rows. A user's clone does not have it, so tests that read it skip without it.
 */
public final class SharedData {

    private SharedData() {}

    /** The data folder, or a skipped test when it is absent. */
    public static Path require(String relative) {
        Optional<Path> path = find(relative);
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
