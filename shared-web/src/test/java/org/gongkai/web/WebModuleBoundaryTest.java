package org.gongkai.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Shared web is used by both services, so it may not know either of them: the JDK, Spring (MVC and Boot's Tomcat
 * hook, transactions for what a database failure looks like), Tomcat, Micrometer, SLF4J and the shared security
 * module's edge filters only, and none of the events.
 */
class WebModuleBoundaryTest {

    private final JavaClasses module = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gongkai.web");

    @Test
    void dependsOnTheJdkSpringTomcatAndMicrometerOnly() {
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "org.springframework..",
                        "org.apache.catalina..",
                        "io.micrometer.core..",
                        "org.slf4j..",
                        "jakarta.servlet..",
                        "org.gongkai.security..",
                        "org.gongkai.web..")
                .check(module);
    }
}
