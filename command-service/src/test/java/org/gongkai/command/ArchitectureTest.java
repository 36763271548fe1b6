package org.gongkai.command;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;

/** Boundaries of the command side that the build enforces, so they cannot erode one import at a time. */
class ArchitectureTest {

    static final JavaClasses COMMAND = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gongkai.command");

    @Test
    void featurePackagesDoNotDependOnEachOtherInACycle() {
        slices().matching("org.gongkai.command.(*)..").should().beFreeOfCycles().check(COMMAND);
    }

    /**
     * An aggregate decides from its own events and the command alone: who may send the command is checked before
     * it arrives (ADR 0011), and what leaves for Kafka is read from the event store after it commits (ADR 0001).
     */
    @Test
    void aggregatesDoNotTouchTheWebSecurityOrPublishing() {
        noClasses()
                .that()
                .areAnnotatedWith(Aggregate.class)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.gongkai.command.security..",
                        "org.gongkai.command.publishing..",
                        "org.springframework.web..",
                        "org.springframework.http..",
                        "org.springframework.security..",
                        "jakarta.servlet..",
                        "org.apache.kafka..")
                .orShould()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Controller")
                .check(COMMAND);
    }

    @Test
    void neverDependsOnTheQuerySideOrTheStandaloneLauncher() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.gongkai.query..", "org.gongkai.standalone..")
                .check(COMMAND);
    }
}
