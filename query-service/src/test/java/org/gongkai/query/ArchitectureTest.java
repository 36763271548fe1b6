package org.gongkai.query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    static final JavaClasses QUERY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gongkai.query");

    @Test
    void theQueryServiceNeverDependsOnTheCommandSideOrAxon() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.gongkai.command..", "org.axonframework..")
                .check(QUERY);
    }

    @Test
    void neverDependsOnTheStandaloneLauncher() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.gongkai.standalone..")
                .check(QUERY);
    }

    /**
     * Each feature package is a slice; none may reach back into a package that depends on it. No exceptions are
     * frozen: the report and its versions, the counts it is built from and the front door are separate packages
     * layered one above the other (ADR 0038).
     */
    @Test
    void featurePackagesDoNotDependOnEachOtherInACycle() {
        slices().matching("org.gongkai.query.(*)..").should().beFreeOfCycles().check(QUERY);
    }
}
