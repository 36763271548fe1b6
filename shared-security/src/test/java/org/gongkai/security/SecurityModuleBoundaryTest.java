package org.gongkai.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Shared security is a contract of both services, like the events: it may use the JDK, the servlet API, Spring
 * Security and the user events, and nothing of either service or of the rest of Spring.
 */
class SecurityModuleBoundaryTest {

    private final JavaClasses module = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gongkai.security");

    @Test
    void dependsOnTheJdkServletApiSpringSecurityAndTheUserEventsOnly() {
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "javax.crypto..",
                        "jakarta.servlet..",
                        "org.springframework.security..",
                        "org.gongkai.events.user..",
                        "org.gongkai.security..")
                .check(module);
    }
}
