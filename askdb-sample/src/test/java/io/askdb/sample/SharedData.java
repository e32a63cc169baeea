package io.askdb.sample;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Microsoft's AdventureWorksLT data files beside the repository ({@code ../shared/data}). A user's
 * clone does not have them, so tests that read them skip without them.
 */
final class SharedData {

    private SharedData() {}

    /** The file or folder under the data folder, or a skipped test when it is absent. */
    static Path require(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("data").resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        assumeTrue(false, "../shared/data/" + relative + " is absent; skipped");
        return null;
    }
}
