package io.askdb.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reference data beside the repository ({@code ../shared/data}): Spider and the real
 * AdventureWorksLT rows. A user's clone does not have it, so tests that read it skip without it.
 */
public final class SharedData {

    private SharedData() {}

    /** The data folder, or a skipped test when it is absent. */
    public static Path require(String relative) {
        Path root = locate();
        Path path = root == null ? null : root.resolve(relative);
        assumeTrue(path != null && Files.exists(path), "../shared/data/" + relative + " is absent; skipped");
        return path;
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
