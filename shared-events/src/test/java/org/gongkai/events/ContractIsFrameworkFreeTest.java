package org.gongkai.events;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The event contract is shared by services that must evolve apart: it may depend on the JDK and nothing else. One
 * exception (ADR 0022): the working-day calendar may use ICU4J's Chinese calendar, so both services compute the same
 * provisional holidays for a year without a notice; the events themselves stay JDK-only.
 */
class ContractIsFrameworkFreeTest {

    private final JavaClasses contract = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gongkai.events");

    @Test
    void dependsOnTheJdkOnly() {
        classes()
                .that()
                .resideOutsideOfPackage("org.gongkai.events.calendar")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.gongkai.events..")
                .check(contract);
    }

    @Test
    void theCalendarAddsOnlyIcu4j() {
        classes()
                .that()
                .resideInAPackage("org.gongkai.events.calendar")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.gongkai.events..", "com.ibm.icu..")
                .check(contract);
    }

    @Test
    void onlyTheStatutoryHolidaysTouchIcu4j() {
        noClasses()
                .that()
                .doNotHaveSimpleName("StatutoryHolidays")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.ibm.icu..")
                .check(contract);
    }

    @Test
    void everyEventIsARecord() {
        classes()
                .that()
                .implement(org.gongkai.events.application.ApplicationEvent.class)
                .or()
                .implement(org.gongkai.events.agency.AgencyEvent.class)
                .or()
                .implement(org.gongkai.events.review.ReviewEvent.class)
                .or()
                .implement(org.gongkai.events.proactive.ProactiveEvent.class)
                .or()
                .implement(org.gongkai.events.user.UserEvent.class)
                .should()
                .beAssignableTo(Record.class)
                .check(contract);
    }

    @Test
    void streamPackagesDoNotDependOnEachOtherInACycle() {
        slices().matching("org.gongkai.events.(*)..").should().beFreeOfCycles().check(contract);
    }
}
