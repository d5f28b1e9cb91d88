package org.whosaid.ingest.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: imports in the ingest-service run downwards ({@code rest} → {@code service} → {@code store}); only
 * {@code rest/} knows the API's records, the stored entities know no service, and the page cleaning is plain Java.
 * Checked on the compiled main classes with ArchUnit; e.g. a {@code service/} class taking a {@code rest/ArticleView}
 * fails {@link #onlyRestKnowsTheApisRecords()}.
 */
class PackageBoundariesTest {
    private static final String ROOT = "org.whosaid.ingest";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void onlyRestKnowsTheApisRecords() {
        // services answer their own records (StoredArticle, Slice …) and rest/ maps them; logging reads the article
        // id through logging/NamesArticle, security answers with security/Refusal
        noClasses().that().resideOutsideOfPackage(ROOT + ".rest..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".rest..")
                .check(MAIN);
    }

    @Test
    void theEntitiesKnowNoServiceClientOrSecurity() {
        noClasses().that().resideInAPackage(ROOT + ".store..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".service..", ROOT + ".client..",
                        ROOT + ".security..")
                .check(MAIN);
    }

    @Test
    void theCleaningIsPlainJava() {
        // clean/ turns a pasted page or HTML into text, without a container, so its tests need no Quarkus
        noClasses().that().resideInAPackage(ROOT + ".clean..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "io.smallrye..",
                        "org.hibernate..", "io.vertx..", ROOT + ".rest..", ROOT + ".service..", ROOT + ".store..",
                        ROOT + ".client..", ROOT + ".config..", ROOT + ".security..", ROOT + ".health..",
                        ROOT + ".logging..")
                .check(MAIN);
    }

    @Test
    void theTopLevelPackagesHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(MAIN);
    }
}
