package org.gongkai.events.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.events.calendar.ClockFact.ConsultationEnded;
import org.gongkai.events.calendar.ClockFact.ConsultationStarted;
import org.gongkai.events.calendar.ClockFact.ExtensionGranted;
import org.gongkai.events.calendar.ClockFact.Received;
import org.gongkai.events.calendar.ClockFact.SupplementReceived;
import org.gongkai.events.calendar.ClockFact.SupplementRequested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expected dates were counted by hand on the official notices; the comments show the count. */
class StatutoryClockTest {

    private final StatutoryClock clock = new StatutoryClock(WorkingDayCalendar.official());

    private static LocalDate day(int year, int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth);
    }

    private DueDate dueDate(ClockFact... history) {
        return clock.dueDate(List.of(history));
    }

    @Test
    void countsAcrossNationalDay2024WithItsMakeUpWeekends() {
        // Fri 27 Sep received; Sun 29 Sep (调休) = day 1, 30 Sep = 2, 1–7 Oct off, 8–11 Oct = 3–6,
        // Sat 12 Oct (调休) = 7, 14–18 = 8–12, 21–25 = 13–17, 28–30 = 18–20.
        DueDate due = dueDate(new Received(day(2024, 9, 27)));

        assertThat(due.status()).isEqualTo(ClockStatus.RUNNING);
        assertThat(due.dueOn()).isEqualTo(day(2024, 10, 30));
        assertThat(due.usesWeekdayFallback()).isFalse();
    }

    @Test
    void countsAcrossSpringFestival2025WithItsMakeUpWeekends() {
        // Fri 24 Jan received; Sun 26 Jan (调休) = 1, 27 Jan = 2, 28 Jan–4 Feb off, 5–7 Feb = 3–5,
        // Sat 8 Feb (调休) = 6, 10–14 = 7–11, 17–21 = 12–16, 24–27 = 17–20.
        assertThat(dueDate(new Received(day(2025, 1, 24))).dueOn()).isEqualTo(day(2025, 2, 27));
    }

    @Test
    void countsAcrossQingming2024AndTheLabourDayMakeUpSunday() {
        // Mon 1 Apr received; 2–3 Apr = 1–2, 4–6 Apr off, Sun 7 Apr (调休) = 3, 8–12 = 4–8, 15–19 = 9–13,
        // 22–26 = 14–18, Sun 28 Apr (劳动节调休) = 19, Mon 29 Apr = 20.
        assertThat(dueDate(new Received(day(2024, 4, 1))).dueOn()).isEqualTo(day(2024, 4, 29));
    }

    @Test
    void countsAcrossLabourDay2024WithItsMakeUpWeekends() {
        // Fri 26 Apr received; Sun 28 Apr (调休) = 1, 29–30 Apr = 2–3, 1–5 May off, 6–10 May = 4–8,
        // Sat 11 May (调休) = 9, 13–17 = 10–14, 20–24 = 15–19, Mon 27 May = 20.
        assertThat(dueDate(new Received(day(2024, 4, 26))).dueOn()).isEqualTo(day(2024, 5, 27));
    }

    @Test
    void countsAcrossThe2020SpringFestivalExtension() {
        // Fri 17 Jan received; Sun 19 Jan (调休) = 1, 20–23 Jan = 2–5, 24 Jan–2 Feb off (extended by
        // 国办发明电〔2020〕1号, which also cancelled the make-up Saturday 1 Feb), 3–7 Feb = 6–10, 10–14 = 11–15,
        // 17–21 Feb = 16–20. Under the original notice it would have been 19 Feb.
        DueDate due = dueDate(new Received(day(2020, 1, 17)));

        assertThat(due.dueOn()).isEqualTo(day(2020, 2, 21));
        assertThat(due.explanation().toChineseText())
                .contains("春节放假2020年1月31日至2020年2月2日")
                .contains("国办发明电〔2020〕1号");
    }

    @Test
    void startsCountingOnTheFirstWorkingDayAfterAReceiptOnAHoliday() {
        // Thu 3 Oct 2024 (holiday) received online; 8–11 Oct = 1–4, Sat 12 Oct = 5, 14–18 = 6–10, 21–25 = 11–15,
        // 28 Oct–1 Nov = 16–20.
        assertThat(clock.answerDueOn(day(2024, 10, 3))).isEqualTo(day(2024, 11, 1));
    }

    @Test
    void stopsTheClockWhileASupplementIsAwaitedWithADefaultDeadlineOf15WorkingDays() {
        // Tue 5 Mar 2024 requested; 6–8 Mar = 1–3, 11–15 = 4–8, 18–22 = 9–13, 25–26 = 14–15.
        DueDate due = dueDate(new Received(day(2024, 3, 1)), new SupplementRequested(day(2024, 3, 5)));

        assertThat(due.status()).isEqualTo(ClockStatus.AWAITING_SUPPLEMENT);
        assertThat(due.due()).isEmpty();
        assertThat(due.supplementDueOn()).isEqualTo(day(2024, 3, 26));
        assertThat(due.explanation().lines())
                .last()
                .extracting(ExplanationLine::kind)
                .isEqualTo("PENDING");
    }

    @Test
    void keepsTheSupplementDeadlineTheAgencyGave() {
        DueDate due =
                dueDate(new Received(day(2024, 3, 1)), new SupplementRequested(day(2024, 3, 5), day(2024, 3, 19)));

        assertThat(due.supplementDueOn()).isEqualTo(day(2024, 3, 19));
    }

    @Test
    void restartsTwentyWorkingDaysFromTheSupplementsArrival() {
        // Wed 20 Mar 2024 supplement arrived; 21–22 Mar = 1–2, 25–29 = 3–7, 1–3 Apr = 8–10, 4–6 Apr off,
        // Sun 7 Apr (调休) = 11, 8–12 = 12–16, 15–18 Apr = 17–20.
        DueDate due = dueDate(
                new Received(day(2024, 3, 1)),
                new SupplementRequested(day(2024, 3, 5)),
                new SupplementReceived(day(2024, 3, 20)));

        assertThat(due.status()).isEqualTo(ClockStatus.RUNNING);
        assertThat(due.dueOn()).isEqualTo(day(2024, 4, 18));
        assertThat(due.countedFrom()).isEqualTo(day(2024, 3, 20));
        assertThat(due.explanation().lines())
                .extracting(ExplanationLine::kind)
                .containsSubsequence("RECEIPT", "CLOCK_STOPPED", "CLOCK_RESTARTED", "HOLIDAYS_SKIPPED", "DUE");
    }

    @Test
    void addsAnExtensionToTheDueDateInForce() {
        // Due 30 Oct 2024; +10: 31 Oct–1 Nov = 1–2, 4–8 Nov = 3–7, 11–13 Nov = 8–10.
        List<ClockFact> history = List.of(new Received(day(2024, 9, 27)), new ExtensionGranted(day(2024, 10, 25), 10));

        DueDate due = clock.dueDate(history);

        assertThat(due.dueOn()).isEqualTo(day(2024, 11, 13));
        assertThat(due.extensionDaysGranted()).isEqualTo(10);
        assertThat(StatutoryClock.remainingExtensionDays(history)).isEqualTo(10);
        assertThat(due.explanation().lines())
                .anySatisfy(line ->
                        assertThat(line.text()).isEqualTo("2024年10月25日批准延长答复期限10个工作日，期限由2024年10月30日顺延至2024年11月13日。"));
    }

    @Test
    void reportsExtensionsBeyondTwentyDaysAsANegativeRemainder() {
        List<ClockFact> history = List.of(
                new Received(day(2024, 9, 27)),
                new ExtensionGranted(day(2024, 10, 25), 10),
                new ExtensionGranted(day(2024, 11, 12), 15));

        assertThat(StatutoryClock.remainingExtensionDays(history)).isEqualTo(-5);
        // 30 Oct + 25 working days: Nov has 21 working days from 31 Oct through 28 Nov ... through 4 Dec.
        assertThat(clock.dueDate(history).dueOn()).isEqualTo(day(2024, 12, 4));
    }

    @Test
    void addsTheConsultationsWorkingDaysStartThroughEnd() {
        // Due 27 Feb 2025; consultation Wed 5–Mon 10 Feb = 5, 6, 7, Sat 8 (调休), 10 = 5 working days;
        // 28 Feb, 3–6 Mar = 1–5.
        DueDate due = dueDate(
                new Received(day(2025, 1, 24)),
                new ConsultationStarted("c1", day(2025, 2, 5)),
                new ConsultationEnded("c1", day(2025, 2, 10)));

        assertThat(due.dueOn()).isEqualTo(day(2025, 3, 6));
        assertThat(due.explanation().lines())
                .filteredOn(line -> line.kind().equals("CONSULTATION_COUNTED"))
                .singleElement()
                .extracting(ExplanationLine::text)
                .asString()
                .contains("共5个工作日");
    }

    @Test
    void leavesTheDueDatePendingWhileAConsultationIsOpen() {
        DueDate due = dueDate(new Received(day(2025, 1, 24)), new ConsultationStarted("c1", day(2025, 2, 5)));

        assertThat(due.status()).isEqualTo(ClockStatus.CONSULTATION_OPEN);
        assertThat(due.isPending()).isTrue();
        assertThat(due.dueOn()).isNull();
        assertThat(due.explanation().toChineseText()).contains("征求意见中，期限暂停计算");
    }

    @Test
    void takesOutADayCoveredByTwoOverlappingConsultationsOnlyOnce() {
        // Union of 5–10 Feb and 7–11 Feb 2025: 5, 6, 7, 8, 10, 11 = 6 working days; 27 Feb + 6 = 7 Mar.
        DueDate due = dueDate(
                new Received(day(2025, 1, 24)),
                new ConsultationStarted("c1", day(2025, 2, 5)),
                new ConsultationStarted("c2", day(2025, 2, 7)),
                new ConsultationEnded("c1", day(2025, 2, 10)),
                new ConsultationEnded("c2", day(2025, 2, 11)));

        assertThat(due.dueOn()).isEqualTo(day(2025, 3, 7));
    }

    @Test
    void reachesTheSameDueDateWhateverTheOrderOfExtensionAndConsultation() {
        ClockFact received = new Received(day(2025, 1, 24));
        ClockFact extension = new ExtensionGranted(day(2025, 2, 5), 5);
        ClockFact start = new ConsultationStarted("c1", day(2025, 2, 5));
        ClockFact end = new ConsultationEnded("c1", day(2025, 2, 10));

        // 6 Mar + 5: 7, 10, 11, 12, 13 Mar.
        assertThat(dueDate(received, extension, start, end).dueOn()).isEqualTo(day(2025, 3, 13));
        assertThat(dueDate(received, start, end, extension).dueOn()).isEqualTo(day(2025, 3, 13));
    }

    @Test
    void dropsConsultationDaysOfThePeriodASupplementRestarted() {
        DueDate due = dueDate(
                new Received(day(2024, 3, 1)),
                new ConsultationStarted("c1", day(2024, 3, 4)),
                new ConsultationEnded("c1", day(2024, 3, 4)),
                new SupplementRequested(day(2024, 3, 5)),
                new SupplementReceived(day(2024, 3, 20)));

        assertThat(due.dueOn()).isEqualTo(day(2024, 4, 18));
    }

    @Test
    void explainsReceiptHolidaysMakeUpDaysAndDueDateInDateOrder() {
        Explanation explanation = dueDate(new Received(day(2024, 9, 27))).explanation();

        assertThat(explanation.steps())
                .containsExactly(
                        new ClockStep.Receipt(day(2024, 9, 27), day(2024, 9, 29)),
                        new ClockStep.MakeUpWorkdaysCounted(day(2024, 9, 29), day(2024, 9, 29), "国庆节", "国办发明电〔2023〕7号"),
                        new ClockStep.HolidaysSkipped(day(2024, 10, 1), day(2024, 10, 7), "国庆节", "国办发明电〔2023〕7号", 5),
                        new ClockStep.MakeUpWorkdaysCounted(
                                day(2024, 10, 12), day(2024, 10, 12), "国庆节", "国办发明电〔2023〕7号"),
                        new ClockStep.Due(day(2024, 10, 30), day(2024, 9, 27), 20));
        assertThat(explanation.toChineseText())
                .isEqualTo(String.join(
                        "\n",
                        "1. 2024年9月27日收到申请，自次日起计算，第1个工作日为2024年9月29日（星期日）。",
                        "2. 2024年9月29日（星期日）国庆节调休上班，计入工作日（国办发明电〔2023〕7号）。",
                        "3. 国庆节放假2024年10月1日至2024年10月7日，不计入工作日（其中周一至周五5天）（国办发明电〔2023〕7号）。",
                        "4. 2024年10月12日（星期六）国庆节调休上班，计入工作日（国办发明电〔2023〕7号）。",
                        "5. 答复期限：2024年10月30日（星期三），即2024年9月27日后第20个工作日。"));
    }

    @Test
    void countsTheProvisionalStatutoryHolidaysIn2027AndSaysSo() {
        // Thu 30 Sep 2027 received, no 2027 notice: 1 Oct (Fri) is a statutory day off, 4–8 = 1–5, 11–15 = 6–10,
        // 18–22 = 11–15, 25–29 Oct = 16–20.
        DueDate due = dueDate(new Received(day(2027, 9, 30)));

        assertThat(due.dueOn()).isEqualTo(day(2027, 10, 29));
        assertThat(due.usesWeekdayFallback()).isTrue();
        assertThat(due.yearsWithoutSchedule()).containsExactly(2027);
        assertThat(due.explanation().toChineseText())
                .contains("2027年尚无官方节假日安排，暂按《全国年节及纪念日放假办法》规定的法定节假日计算")
                .contains("国庆节放假2027年10月1日至2027年10月3日，不计入工作日（其中周一至周五1天）（《全国年节及纪念日放假办法》，暂定）")
                .doesNotContainPattern("[A-Za-z]");
        assertThat(due.explanation().toEnglishText())
                .contains("No official holiday schedule for 2027 yet")
                .contains("National Day holiday 2027-10-01 to 2027-10-03 is not counted")
                .doesNotContainPattern("\\p{IsHan}");
    }

    @Test
    void countsNewYearsDay2027AsAHolidayAfterAnExtensionFromNovember2026() {
        // The example: received Wed 25 Nov 2026, extended by 20 working days, so 40 working days:
        // 26 Nov–31 Dec = 1–26, Fri 1 Jan 2027 off (元旦), 4–15 Jan = 27–36, 18–21 Jan = 37–40.
        DueDate due = dueDate(new Received(day(2026, 11, 25)), new ClockFact.ExtensionGranted(day(2026, 12, 18), 20));

        assertThat(due.dueOn()).isEqualTo(day(2027, 1, 21));
        assertThat(due.explanation().lines())
                .anySatisfy(line -> assertThat(line.text()).contains("元旦放假2027年1月1日"));
    }

    @Test
    void letsTheAnnouncedScheduleReplaceTheProvisionalDays(@TempDir Path operatorDir) throws IOException {
        // Tue 15 Dec 2026: 16–31 Dec = 1–12, Fri 1 Jan 2027 off (provisional 元旦), 4–8 Jan = 13–17, 11–13 = 18–20.
        DueDate due = dueDate(new Received(day(2026, 12, 15)));
        assertThat(due.dueOn()).isEqualTo(day(2027, 1, 13));
        assertThat(due.yearsWithoutSchedule()).containsExactly(2027);

        // A notice that also puts Saturday 9 January to work moves the date a day earlier and is no longer flagged.
        Files.writeString(
                operatorDir.resolve("2027.csv"),
                "date,kind,festival,notice\n2027-01-01,HOLIDAY,元旦,x\n2027-01-09,WORKDAY,元旦,x\n");
        StatutoryClock updated = new StatutoryClock(WorkingDayCalendar.withOperatorDirectory(operatorDir));
        DueDate recomputed = updated.dueDate(List.of(new Received(day(2026, 12, 15))));
        assertThat(recomputed.dueOn()).isEqualTo(day(2027, 1, 12));
        assertThat(recomputed.usesWeekdayFallback()).isFalse();
    }

    @Test
    void givesTheApplicantTwentyWorkingDaysToPayAFeeFromTheDayAfterTheNotice() {
        assertThat(clock.paymentDueOn(day(2024, 9, 27))).isEqualTo(day(2024, 10, 30));
        assertThat(clock.paymentDueOn(day(2025, 1, 24))).isEqualTo(day(2025, 2, 27));
    }

    @Test
    void allowsASupplementRequestUntilTheSeventhWorkingDayAfterReceipt() {
        // 29 Sep (调休) = 1, 30 Sep = 2, 8–11 Oct = 3–6, Sat 12 Oct (调休) = 7.
        assertThat(clock.lastSupplementRequestDay(day(2024, 9, 27))).isEqualTo(day(2024, 10, 12));
    }

    @Test
    void countsWorkingDaysLeftUntilTheDueDate() {
        assertThat(clock.workingDaysLeft(day(2024, 10, 30), day(2024, 10, 30))).isZero();
        assertThat(clock.workingDaysLeft(day(2024, 11, 1), day(2024, 10, 30))).isEqualTo(-2);
    }

    @Test
    void refusesAHistoryThatDoesNotStartWithTheReceipt() {
        assertThatThrownBy(() -> dueDate(new ExtensionGranted(day(2024, 1, 5), 5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> dueDate(new Received(day(2024, 1, 5)), new Received(day(2024, 1, 6))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesASupplementThatWasNeverRequested() {
        assertThatThrownBy(() -> dueDate(new Received(day(2024, 1, 5)), new SupplementReceived(day(2024, 1, 8))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("never requested");
    }

    @Test
    void refusesAConsultationThatEndsWithoutHavingStarted() {
        assertThatThrownBy(() -> dueDate(new Received(day(2024, 1, 5)), new ConsultationEnded("c1", day(2024, 1, 8))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> dueDate(
                        new Received(day(2024, 1, 5)),
                        new ConsultationStarted("c1", day(2024, 1, 9)),
                        new ConsultationEnded("c1", day(2024, 1, 8))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAFactDatedBeforeTheReceipt() {
        assertThatThrownBy(() -> dueDate(new Received(day(2024, 1, 5)), new ExtensionGranted(day(2024, 1, 4), 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before the receipt date");
    }
}
