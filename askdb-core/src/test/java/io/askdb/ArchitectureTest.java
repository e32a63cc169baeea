package io.askdb;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.askdb.api.Internal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The design of askdb-core as docs/architecture.md draws it, checked on the compiled classes: each
 * package depends only on packages below it, packages on one level do not use each other, there are
 * no cycles, and every package but the public API is marked {@link Internal}.
 */
class ArchitectureTest {

    /** Top to bottom; packages on one line are siblings and must not use each other. */
    private static final List<List<String>> LEVELS = List.of(
            List.of("io.askdb"),
            List.of("io.askdb.pipeline"),
            List.of("io.askdb.cache", "io.askdb.orchestration", "io.askdb.conversation"),
            List.of("io.askdb.cache.semantic"),
            List.of("io.askdb.offline"),
            List.of("io.askdb.llm"),
            List.of("io.askdb.sql", "io.askdb.schema.linking"),
            List.of("io.askdb.schema"),
            List.of("io.askdb.text"),
            List.of("io.askdb.config"),
            List.of("io.askdb.metrics"),
            List.of("io.askdb.api"));

    /** What a library user programs against; everything else is public only for wiring. */
    private static final Set<String> PUBLIC_API = Set.of("io.askdb", "io.askdb.api", "io.askdb.config");

    private static final JavaClasses CORE = new ClassFileImporter().importPath(coreClasses());

    @Test
    void should_depend_only_on_packages_below() {
        Map<String, Integer> rank = ranks();
        Set<String> wrongWay = new TreeSet<>();
        for (JavaClass javaClass : CORE) {
            String from = javaClass.getPackageName();
            for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                String to = dependency.getTargetClass().getPackageName();
                if (!to.equals(from) && rank.containsKey(to) && rank.get(to) >= rank.get(from)) {
                    wrongWay.add(from + " -> " + to + ": " + dependency.getDescription());
                }
            }
        }
        assertThat(wrongWay).as("dependencies that point up or sideways").isEmpty();
    }

    @Test
    void should_have_no_cycles_between_packages() {
        slices().matching("io.askdb.(**)").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void should_give_every_package_a_level() {
        Set<String> packages = new TreeSet<>();
        CORE.forEach(c -> packages.add(c.getPackageName()));
        assertThat(packages).isNotEmpty().allSatisfy(p -> assertThat(ranks()).as(p).containsKey(p));
    }

    @Test
    void should_mark_every_package_outside_the_public_api_internal() {
        for (String name : ranks().keySet()) {
            boolean internal = CORE.getPackage(name).isAnnotatedWith(Internal.class);
            assertThat(internal).as("@Internal on package %s", name).isEqualTo(!PUBLIC_API.contains(name));
        }
    }

    private static Map<String, Integer> ranks() {
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < LEVELS.size(); i++) {
            for (String name : LEVELS.get(i)) {
                rank.put(name, LEVELS.size() - i);
            }
        }
        return rank;
    }

    /** askdb-core's own classes only: the test class path also holds askdb-sample and the test support. */
    private static Path coreClasses() {
        try {
            return Path.of(AskDb.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
