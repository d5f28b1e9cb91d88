package org.whosaid.analysis.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the analysis engine is plain Java (it runs in unit tests and benchmarks without a container), and knows no
 * service layer; its stages meet only through the layer types of {@code engine.layer} ({@code Document} and what
 * stages add to it), so its packages have no cycles. Checked on the compiled main classes with ArchUnit.
 */
class EngineBoundariesTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.whosaid.analysis");

    @Test
    void theEngineKnowsNoFrameworkAndNoServiceLayer() {
        noClasses().that().resideInAPackage("org.whosaid.analysis.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "io.smallrye..",
                        "org.hibernate..", "io.vertx..",
                        "org.whosaid.analysis.rest..", "org.whosaid.analysis.service..", "org.whosaid.analysis.store..",
                        "org.whosaid.analysis.config..", "org.whosaid.analysis.security..", "org.whosaid.analysis.health..",
                        "org.whosaid.analysis.logging..")
                .because("the engine runs without a container, in tests and benchmarks")
                .check(MAIN);
    }

    @Test
    void theEnginePackagesHaveNoCycles() {
        slices().matching("org.whosaid.analysis.engine.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theStatementRulesAndTheirHelpersCallEachOtherWithoutCircles() {
        // each class of extract.rules is its own slice: a rule uses helpers (Clauses, Subjects, Roles …), helpers
        // use lower helpers, and nothing calls back up, so a reader can follow one rule without going round
        slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                String pkg = "org.whosaid.analysis.engine.extract.rules";
                if (!c.getPackageName().equals(pkg)) return SliceIdentifier.ignore();
                String n = c.getName().substring(pkg.length() + 1);
                int inner = n.indexOf('$');
                return SliceIdentifier.of(inner < 0 ? n : n.substring(0, inner));
            }

            @Override
            public String getDescription() {
                return "the classes of engine.extract.rules";
            }
        }).should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void stagesMeetOnlyThroughTheLayers() {
        // the pipeline (engine root) wires the stages; no stage knows it, and the layer types know no stage
        noClasses().that().resideInAPackage("org.whosaid.analysis.engine.(*)..")
                .should().dependOnClassesThat().resideInAPackage("org.whosaid.analysis.engine")
                .check(MAIN);
        noClasses().that().resideInAPackage("org.whosaid.analysis.engine.layer..")
                .should().dependOnClassesThat().resideInAnyPackage("org.whosaid.analysis.engine.extract..",
                        "org.whosaid.analysis.engine.speakers..", "org.whosaid.analysis.engine.align..",
                        "org.whosaid.analysis.engine.registry..")
                .check(MAIN);
    }

    @Test
    void onlyRestKnowsTheApisRecords() {
        // services return domain objects and rest/ maps them; logging and security use their own types too
        noClasses().that().resideOutsideOfPackage("org.whosaid.analysis.rest..")
                .should().dependOnClassesThat().resideInAPackage("org.whosaid.analysis.rest..")
                .check(MAIN);
    }
}
