package dev.tailor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layering honest: domain code is plain Java, and no package depends on itself in a circle.
 * Each rule's {@code check} is the assertion: it fails the test with every offending dependency listed.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // Spring's build-time processing (spring-boot:process-aot, at `package`) leaves generated classes named
            // X__BeanDefinitions and the like beside ours: they register every bean, Spring Batch's among them, and
            // are Spring's code, not a layer of ours.
            .withImportOption(location -> !location.contains("__"))
            .importPackages("dev.tailor");
    private static final String[] DOMAIN = {"dev.tailor.posting..", "dev.tailor.analysis..", "dev.tailor.profile..",
        "dev.tailor.match..", "dev.tailor.letter..", "dev.tailor.report..", "dev.tailor.yaml..", "dev.tailor.fetch.."};

    @Test
    void domainPackagesKnowNothingOfSpring() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .check(CLASSES);
    }

    @Test
    void onlyThePipelineKnowsSpringBatch() {
        noClasses().that().resideOutsideOfPackage("dev.tailor.pipeline..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.batch..")
                .check(CLASSES);
    }

    @Test
    void domainPackagesNeverReachUpToThePipelineOrCommandLine() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("dev.tailor.pipeline..", "dev.tailor.cli..")
                .check(CLASSES);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.tailor.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
