package io.askdb.bench.replay;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where the peer's jar is: given, or built beside this module (askdb-bench/peer/target). */
final class PeerJar {

    static final String FILE = "askdb-bench-peer.jar";

    private PeerJar() {}

    static Path locate(Path given) {
        if (given != null) {
            return given;
        }
        List<Path> candidates = new ArrayList<>();
        codeLocation().ifPresent(code -> {
            // askdb-bench/target/askdb-bench.jar, benchmarks.jar or target/classes
            for (Path dir = code.getParent(); dir != null; dir = dir.getParent()) {
                candidates.add(dir.resolve("peer/target").resolve(FILE));
                if (dir.getFileName() != null && dir.getFileName().toString().equals("askdb-bench")) {
                    break;
                }
            }
        });
        candidates.add(Path.of("askdb-bench/peer/target").resolve(FILE));
        candidates.add(Path.of("peer/target").resolve(FILE));
        return candidates.stream().filter(Files::isRegularFile).findFirst().orElse(candidates.get(candidates.size() - 2));
    }

    private static java.util.Optional<Path> codeLocation() {
        try {
            var source = PeerJar.class.getProtectionDomain().getCodeSource();
            return source == null ? java.util.Optional.empty()
                    : java.util.Optional.of(Path.of(source.getLocation().toURI()).toAbsolutePath());
        } catch (URISyntaxException | SecurityException e) {
            return java.util.Optional.empty();
        }
    }
}
