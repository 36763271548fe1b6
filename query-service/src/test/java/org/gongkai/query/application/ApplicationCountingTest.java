package org.gongkai.query.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.ApplicationEvent;
import org.gongkai.events.application.ApplicationReceived;
import org.gongkai.events.application.ApplicationWithdrawn;
import org.gongkai.events.application.Channel;
import org.gongkai.events.application.ConsultationEnded;
import org.gongkai.events.application.ConsultationParty;
import org.gongkai.events.application.ConsultationStarted;
import org.gongkai.events.application.DecisionCorrected;
import org.gongkai.events.application.DecisionRecorded;
import org.gongkai.events.application.ExtensionGranted;
import org.gongkai.events.application.Outcome;
import org.gongkai.events.application.SupplementReceived;
import org.gongkai.events.application.SupplementRequested;
import org.gongkai.query.statistics.ApplicationsTable;
import org.gongkai.query.statistics.Period;
import org.gongkai.query.statistics.Quarter;
import org.junit.jupiter.api.Test;

class ApplicationCountingTest {

    static final ApplicationReceived RECEIVED = new ApplicationReceived(
            "app",
            "agency",
            LocalDate.of(2024, 3, 29),
            Channel.IN_PERSON,
            ApplicantType.LEGAL_SERVICE_AGENCY,
            "规划许可",
            LocalDate.of(2024, 4, 28));

    ApplicationFacts facts;
    final InMemoryTally tally = new InMemoryTally();

    void given(ApplicationEvent... events) {
        for (ApplicationEvent event : events) {
            ApplicationCounting.Transition transition = ApplicationCounting.apply(facts, event);
            facts = transition.next();
            tally.add(transition.deltas());
        }
    }

    long cell(Quarter quarter, String row) {
        return tally.cells.getOrDefault(
                new InMemoryTally.Cell("agency", quarter, ApplicantType.LEGAL_SERVICE_AGENCY, row), 0L);
    }

    @Test
    void hasNoDueDateWhileTheClockIsStoppedForASupplementOrAConsultation() {
        given(RECEIVED, new SupplementRequested("app", LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 16)));
        assertThat(facts.dueOn()).isNull();

        given(new SupplementReceived("app", LocalDate.of(2024, 4, 10), LocalDate.of(2024, 5, 13)));
        assertThat(facts.dueOn()).isEqualTo(LocalDate.of(2024, 5, 13));

        given(new ConsultationStarted("app", "c-1", ConsultationParty.THIRD_PARTY, LocalDate.of(2024, 4, 15)));
        assertThat(facts.dueOn()).isNull();

        given(new ConsultationEnded("app", "c-1", LocalDate.of(2024, 4, 25), LocalDate.of(2024, 5, 23)));
        assertThat(facts.dueOn()).isEqualTo(LocalDate.of(2024, 5, 23));
        assertThat(facts.open()).isTrue();
    }

    @Test
    void countsAReceiptInTheQuarterOfItsReceiptDate() {
        given(RECEIVED);

        assertThat(cell(new Quarter(2024, 1), "RECEIVED")).isEqualTo(1);
        assertThat(facts.open()).isTrue();
    }

    @Test
    void countsADecisionInTheQuarterOfTheDecisionWhateverTheYearOfReceipt() {
        given(
                new ApplicationReceived(
                        "app",
                        "agency",
                        LocalDate.of(2023, 12, 28),
                        Channel.ONLINE,
                        ApplicantType.LEGAL_SERVICE_AGENCY,
                        null,
                        null),
                new DecisionRecorded("app", Outcome.DISCLOSED, LocalDate.of(2024, 1, 8)));

        assertThat(cell(new Quarter(2023, 4), "RECEIVED")).isEqualTo(1);
        assertThat(cell(new Quarter(2024, 1), "DISCLOSED")).isEqualTo(1);
        assertThat(cell(new Quarter(2023, 4), "DISCLOSED")).isZero();
    }

    @Test
    void aCorrectionMovesTheCountToTheNewOutcomeAndQuarterAndNeverAddsOne() {
        given(
                RECEIVED,
                new DecisionRecorded("app", Outcome.DISCLOSED, LocalDate.of(2024, 3, 30)),
                new DecisionCorrected("app", Outcome.WITHHELD_THIRD_PARTY_RIGHTS, LocalDate.of(2024, 4, 2), "wrong"));

        assertThat(cell(new Quarter(2024, 1), "DISCLOSED")).isZero();
        assertThat(cell(new Quarter(2024, 2), "WITHHELD_THIRD_PARTY_RIGHTS")).isEqualTo(1);
        assertThat(tally.cells.values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(2);
    }

    @Test
    void aWithdrawalClosesTheApplicationAsOther() {
        given(RECEIVED, new ApplicationWithdrawn("app", LocalDate.of(2024, 4, 3)));

        assertThat(cell(new Quarter(2024, 2), Outcome.OTHER.name())).isEqualTo(1);
        assertThat(facts.open()).isFalse();
    }

    @Test
    void aWithdrawalAfterTheDecisionCountsNothingMore() {
        given(
                RECEIVED,
                new DecisionRecorded("app", Outcome.DISCLOSED, LocalDate.of(2024, 4, 1)),
                new ApplicationWithdrawn("app", LocalDate.of(2024, 4, 3)));

        assertThat(cell(new Quarter(2024, 2), Outcome.OTHER.name())).isZero();
        assertThat(facts.outcome()).isEqualTo(Outcome.DISCLOSED);
    }

    @Test
    void aSecondDecisionMovesTheCountLikeACorrection() {
        given(
                RECEIVED,
                new DecisionRecorded("app", Outcome.DISCLOSED, LocalDate.of(2024, 4, 1)),
                new DecisionRecorded("app", Outcome.NOT_PROCESSED_DUPLICATE, LocalDate.of(2024, 4, 1)));

        assertThat(cell(new Quarter(2024, 2), "DISCLOSED")).isZero();
        assertThat(cell(new Quarter(2024, 2), "NOT_PROCESSED_DUPLICATE")).isEqualTo(1);
    }

    @Test
    void aRepeatedReceiptOfTheSameApplicationIsNotASecondApplication() {
        given(RECEIVED, RECEIVED);

        assertThat(cell(new Quarter(2024, 1), "RECEIVED")).isEqualTo(1);
    }

    @Test
    void theDueDateFollowsExtensionsAndIgnoresFactsThatDoNotMoveIt() {
        given(
                RECEIVED,
                new SupplementRequested("app", LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 15)),
                new ExtensionGranted("app", LocalDate.of(2024, 4, 20), 20, "complex", LocalDate.of(2024, 5, 30)));

        assertThat(facts.dueOn()).isEqualTo(LocalDate.of(2024, 5, 30));
        assertThat(tally.cells).hasSize(1);
    }

    @Test
    void factsAboutAnApplicationNeverReceivedAreIgnored() {
        given(new DecisionRecorded("ghost", Outcome.DISCLOSED, LocalDate.of(2024, 4, 1)));

        assertThat(facts).isNull();
        assertThat(tally.cells).isEmpty();
    }

    @Test
    void carriesAnOpenApplicationForwardUntilTheQuarterItCloses() {
        given(RECEIVED, new DecisionRecorded("app", Outcome.DISCLOSED, LocalDate.of(2024, 10, 9)));

        ApplicationsTable q2 = ApplicationsTable.of(tally.read(List.of("agency"), Period.quarter(2024, 2)), true);
        ApplicationsTable q4 = ApplicationsTable.of(tally.read(List.of("agency"), Period.quarter(2024, 4)), true);
        ApplicationsTable year = ApplicationsTable.of(tally.read(List.of("agency"), Period.year(2024)), false);

        assertThat(q2.row("CARRIED_OVER").total()).isEqualTo(1);
        assertThat(q2.row("CARRIED_FORWARD").total()).isEqualTo(1);
        assertThat(q4.row("DISCLOSED").total()).isEqualTo(1);
        assertThat(q4.row("CARRIED_FORWARD").total()).isZero();
        assertThat(year.row("CARRIED_OVER").total()).isZero();
        assertThat(year.row("RECEIVED").total()).isEqualTo(1);
        assertThat(year.row("TOTAL_HANDLED").total()).isEqualTo(1);
    }
}
