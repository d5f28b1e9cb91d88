package org.whosaid.web.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: imports in the web-ui run downwards ({@code rest} pages → {@code service} view models → {@code client}
 * of the two APIs); no class outside {@code rest/} knows a page resource, the API clients know no view or session,
 * and the top-level packages import each other without circles. Checked on the compiled main classes with ArchUnit;
 * e.g. a {@code service/} helper calling {@code rest/Pager} fails {@link #onlyRestKnowsThePages()}.
 */
class PackageBoundariesTest {
    private static final String ROOT = "org.whosaid.web";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void onlyRestKnowsThePages() {
        // service/, client/ and security/ answer their own types; rest/ turns them into pages
        noClasses().that().resideOutsideOfPackage(ROOT + ".rest..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".rest..")
                .check(MAIN);
    }

    @Test
    void theApiClientsKnowNoViewAndNoSession() {
        noClasses().that().resideInAPackage(ROOT + ".client..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".rest..", ROOT + ".service..",
                        ROOT + ".security..", ROOT + ".i18n..")
                .check(MAIN);
    }

    @Test
    void theTopLevelPackagesHaveNoCycles() {
        // config/ imports no other package (TimeZoneSetting, which sets service/Views, lives in service/)
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(MAIN);
    }
}
