package io.askdb;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The package graph of the core library has no cycles, and the siblings under the pipeline (cache
 * and orchestration) know neither the pipeline nor each other: they talk to it through interfaces of
 * their own ({@code AnswerCache.Request}, {@code OrchestrationRequest}) that its context implements.
 */
class PackageCyclesTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.askdb");

    @Test
    void should_have_no_cycles_between_packages() {
        slices().matching("io.askdb.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void should_keep_the_orchestration_below_the_pipeline_and_beside_the_cache() {
        noClasses().that().resideInAPackage("io.askdb.orchestration..")
                .should().dependOnClassesThat().resideInAnyPackage("io.askdb.pipeline..", "io.askdb.cache..")
                .check(CORE);
    }

    @Test
    void should_keep_the_cache_below_the_pipeline_and_beside_the_orchestration() {
        noClasses().that().resideInAPackage("io.askdb.cache..")
                .should().dependOnClassesThat().resideInAnyPackage("io.askdb.pipeline..", "io.askdb.orchestration..")
                .check(CORE);
    }
}
