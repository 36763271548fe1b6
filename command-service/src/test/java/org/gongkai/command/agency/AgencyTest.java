package org.gongkai.command.agency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gongkai.command.TestResources;
import org.gongkai.command.rejection.BusinessDateInFuture;
import org.gongkai.command.rejection.IdAlreadyUsed;
import org.gongkai.command.rejection.InvalidValue;
import org.gongkai.events.agency.AgencyClosed;
import org.gongkai.events.agency.AgencyLevel;
import org.gongkai.events.agency.AgencyMoved;
import org.gongkai.events.agency.AgencyRegistered;
import org.gongkai.events.agency.AgencyRenamed;
import org.gongkai.events.agency.QuarterlyDeadlineSet;
import org.gongkai.events.proactive.AdministrativeFeesRecorded;
import org.gongkai.events.proactive.DecisionTallyRecorded;
import org.gongkai.events.proactive.TallyCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AgencyTest {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 6);
    private FixtureConfiguration<Agency> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Agency.class);
        Map<String, String> tree = new HashMap<>();
        tree.put("county", null);
        tree.put("township", "county");
        tree.put("village-office", "township");
        tree.put("bureau", "county");
        TestResources.register(fixture, tree);
    }

    private static AgencyRegistered township() {
        return new AgencyRegistered("township", "托里县库普乡人民政府", "county", AgencyLevel.TOWNSHIP);
    }

    @Test
    void setsTheDayOfTheMonthAfterAQuarterForItsStatistics() {
        fixture.given(township())
                .when(new SetQuarterlyDeadline("township", 10))
                .expectEvents(new QuarterlyDeadlineSet("township", 10));
    }

    @Test
    void treatsTheSameQuarterlyDeadlineAgainAsARetry() {
        fixture.given(township(), new QuarterlyDeadlineSet("township", 10))
                .when(new SetQuarterlyDeadline("township", 10))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesAQuarterlyDeadlineDayThatSomeMonthsLack() {
        fixture.given(township())
                .when(new SetQuarterlyDeadline("township", 29))
                .expectException(InvalidValue.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("dayOfMonth must be 1–28"))
                .expectNoEvents();
    }

    @Test
    void registersAnAgencyUnderARegisteredParent() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAgency("township", "托里县库普乡人民政府", "county", AgencyLevel.TOWNSHIP))
                .expectEvents(township());
    }

    @Test
    void rejectsAnUnknownParent() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAgency("township", "托里县库普乡人民政府", "nowhere", AgencyLevel.TOWNSHIP))
                .expectException(UnknownAgency.class)
                .expectNoEvents();
    }

    @Test
    void treatsTheSameRegistrationTwiceAsARetry() {
        fixture.given(township())
                .when(new RegisterAgency("township", "托里县库普乡人民政府", "county", AgencyLevel.TOWNSHIP))
                .expectNoEvents()
                .expectResultMessagePayload("township");
    }

    @Test
    void rejectsTheSameIdForAnotherAgency() {
        fixture.given(township())
                .when(new RegisterAgency("township", "托里县教育局", "county", AgencyLevel.DEPARTMENT))
                .expectException(IdAlreadyUsed.class);
    }

    @Test
    void renamesFromADate() {
        fixture.given(township())
                .when(new RenameAgency("township", "托里县库普镇人民政府", DAY))
                .expectEvents(new AgencyRenamed("township", "托里县库普镇人民政府", DAY));
    }

    @Test
    void movesUnderAnotherParentFromADate() {
        fixture.given(township())
                .when(new MoveAgency("township", "bureau", DAY))
                .expectEvents(new AgencyMoved("township", "bureau", DAY));
    }

    @Test
    void rejectsAMoveUnderItself() {
        fixture.given(township())
                .when(new MoveAgency("township", "township", DAY))
                .expectException(AgencyCannotBeItsOwnAncestor.class);
    }

    @Test
    void rejectsAMoveUnderItsOwnDescendant() {
        fixture.given(township())
                .when(new MoveAgency("township", "village-office", DAY))
                .expectException(AgencyCannotBeItsOwnAncestor.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAMoveUnderAnUnknownParent() {
        fixture.given(township())
                .when(new MoveAgency("township", "nowhere", DAY))
                .expectException(UnknownAgency.class);
    }

    @Test
    void closesOnce() {
        fixture.given(township(), new AgencyClosed("township", DAY))
                .when(new CloseAgency("township", DAY.plusDays(1)))
                .expectException(AgencyClosedAlready.class);
    }

    @Test
    void recordsATallyInsideOneQuarter() {
        fixture.given(township())
                .when(new RecordDecisionTally(
                        "township",
                        "t1",
                        TallyCategory.LICENSING,
                        LocalDate.of(2024, 4, 1),
                        LocalDate.of(2024, 6, 30),
                        447228))
                .expectEvents(new DecisionTallyRecorded(
                        "t1",
                        "township",
                        TallyCategory.LICENSING,
                        LocalDate.of(2024, 4, 1),
                        LocalDate.of(2024, 6, 30),
                        447228));
    }

    @Test
    void rejectsATallySpanningTwoQuarters() {
        fixture.given(township())
                .when(new RecordDecisionTally(
                        "township",
                        "t1",
                        TallyCategory.PENALTY,
                        LocalDate.of(2024, 3, 1),
                        LocalDate.of(2024, 4, 30),
                        5))
                .expectException(PeriodNotInsideOneQuarter.class);
    }

    @Test
    void rejectsANegativeTally() {
        fixture.given(township())
                .when(new RecordDecisionTally(
                        "township",
                        "t1",
                        TallyCategory.PENALTY,
                        LocalDate.of(2024, 4, 1),
                        LocalDate.of(2024, 4, 30),
                        -1))
                .expectException(InvalidValue.class);
    }

    @Test
    void rejectsATallyPeriodInTheFuture() {
        fixture.given(township())
                .when(new RecordDecisionTally(
                        "township",
                        "t1",
                        TallyCategory.PENALTY,
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2025, 1, 31),
                        1))
                .expectException(BusinessDateInFuture.class);
    }

    @Test
    void recordsAdministrativeFeesExactly() {
        fixture.given(township())
                .when(new RecordAdministrativeFees(
                        "township",
                        "f1",
                        LocalDate.of(2024, 7, 1),
                        LocalDate.of(2024, 9, 30),
                        new BigDecimal("242523110.82")))
                .expectEvents(new AdministrativeFeesRecorded(
                        "f1",
                        "township",
                        LocalDate.of(2024, 7, 1),
                        LocalDate.of(2024, 9, 30),
                        new BigDecimal("242523110.82")));
    }

    @Test
    void rejectsFeesWithFractionsOfAFen() {
        fixture.given(township())
                .when(new RecordAdministrativeFees(
                        "township", "f1", LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 30), new BigDecimal("0.001")))
                .expectException(InvalidValue.class);
    }

    @Test
    void recordsNothingForAClosedAgency() {
        fixture.given(township(), new AgencyClosed("township", DAY))
                .when(new RenameAgency("township", "新名称", DAY))
                .expectException(AgencyClosedAlready.class);
    }
}
