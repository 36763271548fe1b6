package org.gongkai.query.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.ApplicationReceived;
import org.gongkai.events.application.ApplicationWithdrawn;
import org.gongkai.events.application.Channel;
import org.gongkai.events.application.DecisionCorrected;
import org.gongkai.events.application.DecisionRecorded;
import org.gongkai.events.application.FeeScheme;
import org.gongkai.events.application.Outcome;
import org.gongkai.events.application.ProcessingFeeNoticeIssued;
import org.gongkai.events.application.ProcessingFeePaid;
import org.gongkai.query.statistics.Period;
import org.gongkai.query.statistics.TallyCounts;
import org.junit.jupiter.api.Test;

class ApplicationReplayTest {

    static ApplicationReceived received(String id, String on) {
        return new ApplicationReceived(
                id,
                "a",
                LocalDate.parse(on),
                Channel.ONLINE,
                ApplicantType.NATURAL_PERSON,
                null,
                LocalDate.parse(on).plusDays(28));
    }

    @Test
    void countsReceiptsClosesAndCarryOverLikeTheTally() {
        ApplicationReplay replay = new ApplicationReplay();
        replay.apply(received("1", "2023-12-28"));
        replay.apply(new DecisionRecorded("1", Outcome.DISCLOSED, LocalDate.parse("2024-01-10")));
        replay.apply(received("2", "2024-05-01"));
        replay.apply(new DecisionRecorded("2", Outcome.DISCLOSED, LocalDate.parse("2024-05-10")));
        replay.apply(new DecisionCorrected("2", Outcome.WITHHELD_STATE_SECRET, LocalDate.parse("2024-05-11"), "更正"));
        replay.apply(received("3", "2024-12-30"));
        replay.apply(new ApplicationWithdrawn("3", LocalDate.parse("2025-01-02")));

        TallyCounts year = replay.counts(Period.year(2024));

        assertThat(year.opening(ApplicantType.NATURAL_PERSON)).isEqualTo(1);
        assertThat(year.within(ApplicantType.NATURAL_PERSON, TallyCounts.RECEIVED))
                .isEqualTo(2);
        assertThat(year.within(ApplicantType.NATURAL_PERSON, "DISCLOSED")).isEqualTo(1);
        assertThat(year.within(ApplicantType.NATURAL_PERSON, "WITHHELD_STATE_SECRET"))
                .isEqualTo(1);
        assertThat(replay.counts(Period.year(2025)).opening(ApplicantType.NATURAL_PERSON))
                .isEqualTo(1);
        assertThat(replay.counts(Period.year(2025)).within(ApplicantType.NATURAL_PERSON, "OTHER"))
                .isEqualTo(1);
    }

    @Test
    void countsAFeeInTheYearOfPaymentAtTheLatestNoticedAmount() {
        ApplicationReplay replay = new ApplicationReplay();
        replay.apply(received("f", "2024-12-01"));
        replay.apply(new ProcessingFeeNoticeIssued(
                "f",
                LocalDate.parse("2024-12-02"),
                new BigDecimal("270.00"),
                FeeScheme.PER_PAGE,
                LocalDate.parse("2025-01-02")));
        replay.apply(new ProcessingFeeNoticeIssued(
                "f",
                LocalDate.parse("2024-12-03"),
                new BigDecimal("880.00"),
                FeeScheme.PER_PAGE,
                LocalDate.parse("2025-01-03")));
        replay.apply(new ProcessingFeePaid("f", LocalDate.parse("2025-01-02")));

        assertThat(replay.fees(2024).none()).isTrue();
        assertThat(replay.fees(2025).applicationsCharged()).isEqualTo(1);
        assertThat(replay.fees(2025).totalYuan()).isEqualByComparingTo("880");
    }

    @Test
    void ignoresFactsOfAnApplicationWhoseReceiptIsNotReplayed() {
        ApplicationReplay replay = new ApplicationReplay();
        replay.apply(new DecisionRecorded("x", Outcome.DISCLOSED, LocalDate.parse("2024-01-10")));
        replay.apply(new ProcessingFeePaid("x", LocalDate.parse("2024-01-11")));

        assertThat(replay.counts(Period.year(2024)).within(ApplicantType.NATURAL_PERSON, "DISCLOSED"))
                .isZero();
        assertThat(replay.fees(2024).none()).isTrue();
    }
}
