package org.gongkai.query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Set;
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

    @Test
    void featurePackagesDoNotDependOnEachOtherInACycle() {
        slices().assignedFrom(FEATURES).should().beFreeOfCycles().check(QUERY);
    }

    /**
     * {@code report} and {@code publication} import each other today (the live report and its published, frozen
     * and as-of versions are one subject split over two packages). Until they are pulled apart they count as one
     * slice here, so that known cycle is tolerated and nothing else: any new cycle between other packages, or
     * through this pair and a third package, fails the build. Remove a name from this set once its package no
     * longer takes part in a cycle.
     */
    static final Set<String> KNOWN_CYCLE = Set.of("report", "publication");

    private static final String BASE = "org.gongkai.query.";

    static final SliceAssignment FEATURES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (!name.startsWith(BASE)) {
                return SliceIdentifier.ignore();
            }
            String feature = name.substring(BASE.length()).split("\\.")[0];
            return SliceIdentifier.of(KNOWN_CYCLE.contains(feature) ? "report+publication" : feature);
        }

        @Override
        public String getDescription() {
            return "feature packages of org.gongkai.query (report and publication as one, a known cycle)";
        }
    };
}
