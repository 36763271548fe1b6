package org.gongkai.query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
}
