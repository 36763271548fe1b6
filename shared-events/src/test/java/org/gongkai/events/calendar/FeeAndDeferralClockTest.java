package org.gongkai.events.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.events.application.AnswerDeferred;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.ApplicationReceived;
import org.gongkai.events.application.Channel;
import org.gongkai.events.application.FeeScheme;
import org.gongkai.events.application.ProcessingFeeNoticeIssued;
import org.gongkai.events.application.ProcessingFeePaid;
import org.junit.jupiter.api.Test;

/**
 * The clock rules of 条例 Art. 30 (the 7-working-day limit for asking a supplement), 国办函〔2020〕109号 (the fee
 * wait does not count) and Art. 35 (延迟答复). Expected dates were counted by hand on 国办发明电〔2023〕7号; the
 * comments show the count.
 */
class FeeAndDeferralClockTest {

    private final StatutoryClock clock = new StatutoryClock(WorkingDayCalendar.official());

    private static LocalDate day(int year, int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth);
    }

    private DueDate dueDate(ClockFact... history) {
        return clock.dueDate(List.of(history));
    }

    private static List<String> kinds(DueDate due) {
        return due.explanation().lines().stream().map(ExplanationLine::kind).toList();
    }

    // Fri 27 Sep 2024 received: Sun 29 Sep (调休) = 1, Mon 30 Sep = 2, 1–7 Oct off, 8–11 Oct = 3–6,
    // Sat 12 Oct (调休) = 7. So the last day to ask for a supplement is the make-up Saturday 12 Oct.
    @Test
    void theLastDayToAskForASupplementIsWorkingDaySevenAfterReceipt() {
        assertThat(clock.lastSupplementRequestDay(day(2024, 9, 27))).isEqualTo(day(2024, 10, 12));
    }

    @Test
    void aSupplementAskedOnWorkingDaySevenIsInTime() {
        DueDate due =
                dueDate(new ClockFact.Received(day(2024, 9, 27)), new ClockFact.SupplementRequested(day(2024, 10, 12)));

        assertThat(due.supplementRequestedLate()).isFalse();
        assertThat(kinds(due)).doesNotContain("SUPPLEMENT_REQUEST_LATE");
    }

    @Test
    void aSupplementAskedAfterWorkingDaySevenIsRecordedButFlagged() {
        DueDate due =
                dueDate(new ClockFact.Received(day(2024, 9, 27)), new ClockFact.SupplementRequested(day(2024, 10, 14)));

        assertThat(due.status()).isEqualTo(ClockStatus.AWAITING_SUPPLEMENT);
        assertThat(due.supplementRequestedLate()).isTrue();
        assertThat(kinds(due)).containsSubsequence("RECEIPT", "CLOCK_STOPPED", "SUPPLEMENT_REQUEST_LATE", "PENDING");
        assertThat(due.explanation().toChineseText()).contains("第7个工作日（2024年10月12日）", "第三十条");
        assertThat(due.explanation().toEnglishText()).contains("breach of Art. 30");
    }

    @Test
    void theSupplementRestartStillCountsTwentyDaysAfterALateRequest() {
        // Supplement arrived Tue 15 Oct: 16–18 Oct = 1–3, 21–25 = 4–8, 28 Oct–1 Nov = 9–13, 4–8 Nov = 14–18,
        // 11–12 Nov = 19–20.
        DueDate due = dueDate(
                new ClockFact.Received(day(2024, 9, 27)),
                new ClockFact.SupplementRequested(day(2024, 10, 14)),
                new ClockFact.SupplementReceived(day(2024, 10, 15)));

        assertThat(due.dueOn()).isEqualTo(day(2024, 11, 12));
        assertThat(due.supplementRequestedLate()).isTrue();
    }

    // Mon 2 Sep 2024 received: 3–6 Sep = 1–4, 9–13 = 5–9, Sat 14 Sep (调休) = 10, 15–17 Sep off (中秋),
    // 18–20 = 11–13, 23–27 = 14–18, Sun 29 Sep (调休) = 19, Mon 30 Sep = 20.
    @Test
    void withoutAFeeTheAnswerIsDueOnWorkingDayTwenty() {
        assertThat(dueDate(new ClockFact.Received(day(2024, 9, 2))).dueOn()).isEqualTo(day(2024, 9, 30));
    }

    @Test
    void theClockWaitsWhileAFeeIsUnpaid() {
        DueDate due = dueDate(new ClockFact.Received(day(2024, 9, 2)), new ClockFact.FeeNotified(day(2024, 9, 13)));

        assertThat(due.status()).isEqualTo(ClockStatus.AWAITING_PAYMENT);
        assertThat(due.dueOn()).isNull();
        assertThat(kinds(due)).endsWith("PAYMENT_AWAITED", "PENDING");
    }

    @Test
    void theWorkingDaysFromTheFeeNoticeThroughThePaymentAreNotCounted() {
        // Notice Fri 13 Sep, paid Wed 18 Sep: 13 Sep, Sat 14 Sep (调休) and 18 Sep are 3 working days (15–17 off).
        // Working day 23 after 2 Sep: 30 Sep = 20, 1–7 Oct off, 8–10 Oct = 21–23.
        DueDate due = dueDate(
                new ClockFact.Received(day(2024, 9, 2)),
                new ClockFact.FeeNotified(day(2024, 9, 13)),
                new ClockFact.FeePaid(day(2024, 9, 18)));

        assertThat(due.status()).isEqualTo(ClockStatus.RUNNING);
        assertThat(due.dueOn()).isEqualTo(day(2024, 10, 10));
        assertThat(due.explanation().toChineseText())
                .contains("缴费通知至缴费2024年9月13日至2024年9月18日共3个工作日")
                .contains("期限由2024年9月30日顺延至2024年10月10日");
    }

    @Test
    void aFeeWaitOverlappingAConsultationTakesNoDayOutTwice() {
        // Consultation 12–13 Sep (2 days), fee 13–18 Sep (3 days; 13 Sep already out): 4 days out in all.
        // Working day 24 after 2 Sep: 8–11 Oct = 21–24.
        DueDate due = dueDate(
                new ClockFact.Received(day(2024, 9, 2)),
                new ClockFact.ConsultationStarted("c", day(2024, 9, 12)),
                new ClockFact.FeeNotified(day(2024, 9, 13)),
                new ClockFact.ConsultationEnded("c", day(2024, 9, 13)),
                new ClockFact.FeePaid(day(2024, 9, 18)));

        assertThat(due.dueOn()).isEqualTo(day(2024, 10, 11));
    }

    @Test
    void aPaymentWithoutANoticeCannotHaveHappened() {
        assertThatThrownBy(
                        () -> dueDate(new ClockFact.Received(day(2024, 9, 2)), new ClockFact.FeePaid(day(2024, 9, 5))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDeferralReplacesTheDueDateInForce() {
        DueDate due = dueDate(
                new ClockFact.Received(day(2024, 9, 2)),
                new ClockFact.AnswerDeferred(day(2024, 9, 20), day(2024, 10, 31)));

        assertThat(due.dueOn()).isEqualTo(day(2024, 10, 31));
        assertThat(kinds(due)).contains("ANSWER_DEFERRED");
        assertThat(due.explanation().toChineseText()).contains("第三十五条决定延迟答复，答复期限由2024年9月30日改为2024年10月31日");
    }

    @Test
    void aConsultationAfterADeferralStillMovesTheDeferredDate() {
        // Consultation Mon 21–Wed 23 Oct: 3 working days after Thu 31 Oct: Fri 1 Nov, Mon 4 Nov, Tue 5 Nov.
        DueDate due = dueDate(
                new ClockFact.Received(day(2024, 9, 2)),
                new ClockFact.AnswerDeferred(day(2024, 9, 20), day(2024, 10, 31)),
                new ClockFact.ConsultationStarted("c", day(2024, 10, 21)),
                new ClockFact.ConsultationEnded("c", day(2024, 10, 23)));

        assertThat(due.dueOn()).isEqualTo(day(2024, 11, 5));
    }

    @Test
    void aDeferralMustSetALaterDateWhileTheClockRuns() {
        ClockFact.Received receipt = new ClockFact.Received(day(2024, 9, 2));
        assertThatThrownBy(() -> dueDate(receipt, new ClockFact.AnswerDeferred(day(2024, 9, 20), day(2024, 9, 30))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> dueDate(
                        receipt,
                        new ClockFact.SupplementRequested(day(2024, 9, 3)),
                        new ClockFact.AnswerDeferred(day(2024, 9, 20), day(2024, 12, 31))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDeferredAnswerIsNotExtended() {
        assertThatThrownBy(() -> dueDate(
                        new ClockFact.Received(day(2024, 9, 2)),
                        new ClockFact.AnswerDeferred(day(2024, 9, 20), day(2024, 10, 31)),
                        new ClockFact.ExtensionGranted(day(2024, 9, 23), 5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void feeAndDeferralEventsAreClockFacts() {
        String id = "a1";
        List<ClockFact> facts = ClockFacts.of(List.of(
                new ApplicationReceived(
                        id,
                        "g1",
                        day(2024, 9, 2),
                        Channel.ONLINE,
                        ApplicantType.NATURAL_PERSON,
                        null,
                        day(2024, 9, 30)),
                new ProcessingFeeNoticeIssued(
                        id, day(2024, 9, 13), new java.math.BigDecimal("100.00"), FeeScheme.PER_APPLICATION, null),
                new ProcessingFeePaid(id, day(2024, 9, 18), day(2024, 10, 10)),
                new AnswerDeferred(id, day(2024, 9, 20), "数量明显超过合理范围", day(2024, 10, 31))));

        assertThat(facts)
                .containsExactly(
                        new ClockFact.Received(day(2024, 9, 2)),
                        new ClockFact.FeeNotified(day(2024, 9, 13)),
                        new ClockFact.FeePaid(day(2024, 9, 18)),
                        new ClockFact.AnswerDeferred(day(2024, 9, 20), day(2024, 10, 31)));
    }
}
