package org.gongkai.events.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The explanation's wording is what staff read out to applicants, so each step's sentence is pinned here, written
 * by hand from the dates (counted on 国办发明电〔2023〕7号), not copied from the code's output.
 */
class ExplanationWordingTest {

    private final StatutoryClock clock = new StatutoryClock(WorkingDayCalendar.official());

    private static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2024, month, dayOfMonth);
    }

    private List<ExplanationLine> lines(ClockFact... history) {
        return clock.dueDate(List.of(history)).explanation().lines();
    }

    private static ExplanationLine line(List<ExplanationLine> lines, String kind, int nth) {
        return lines.stream()
                .filter(l -> l.kind().equals(kind))
                .skip(nth)
                .findFirst()
                .orElseThrow();
    }

    // Received Mon 2 Sep (due Mon 30 Sep); consultation c1 12–13 Sep (2 days: 9 Oct); fee notice 13 Sep paid
    // 18 Sep (13, Sat 14, 18 Sep: 3 days, 13 Sep already out: 11 Oct); deferred on 20 Sep to 31 Oct; consultation
    // c2 21–23 Oct (3 days after the deferral: 1, 4, 5 Nov).
    private final List<ExplanationLine> paused = lines(
            new ClockFact.Received(day(9, 2)),
            new ClockFact.ConsultationStarted("c1", day(9, 12)),
            new ClockFact.FeeNotified(day(9, 13)),
            new ClockFact.ConsultationEnded("c1", day(9, 13)),
            new ClockFact.FeePaid(day(9, 18)),
            new ClockFact.AnswerDeferred(day(9, 20), day(10, 31)),
            new ClockFact.ConsultationStarted("c2", day(10, 21)),
            new ClockFact.ConsultationEnded("c2", day(10, 23)));

    @Test
    void wordsTheReceiptAndTheConsultations() {
        assertThat(line(paused, "RECEIPT", 0).text()).isEqualTo("2024年9月2日收到申请，自次日起计算，第1个工作日为2024年9月3日（星期二）。");
        assertThat(line(paused, "CONSULTATION_OPENED", 0).text()).isEqualTo("2024年9月12日开始征求意见（c1），所需时间不计入答复期限。");
        assertThat(line(paused, "CONSULTATION_OPENED", 0).textEn())
                .isEqualTo("Consultation c1 started on 2024-09-12; its time does not count.");
        assertThat(line(paused, "CONSULTATION_COUNTED", 0).text())
                .isEqualTo("征求意见（c1）2024年9月12日至2024年9月13日共2个工作日，不计入答复期限，期限由2024年9月30日顺延至2024年10月9日。");
        assertThat(line(paused, "CONSULTATION_COUNTED", 0).textEn())
                .isEqualTo(
                        "Consultation c1 from 2024-09-12 to 2024-09-13 took 2 working days, not counted: due date moves"
                                + " from 2024-09-30 to 2024-10-09.");
        assertThat(line(paused, "CONSULTATION_COUNTED", 1).text())
                .isEqualTo("征求意见（c2）2024年10月21日至2024年10月23日共3个工作日，不计入答复期限，期限由2024年10月31日顺延至2024年11月5日。");
    }

    @Test
    void wordsTheFeeWaitNamingTheDaysAlreadyTakenOut() {
        assertThat(line(paused, "PAYMENT_AWAITED", 0).text()).isEqualTo("2024年9月13日发出信息处理费缴费通知，自通知之日至缴费之日不计入答复期限。");
        assertThat(line(paused, "PAYMENT_AWAITED", 0).textEn())
                .isEqualTo(
                        "Fee notice issued on 2024-09-13: the time from the notice until the payment does not count.");
        assertThat(line(paused, "PAYMENT_COUNTED", 0).text())
                .isEqualTo("缴费通知至缴费2024年9月13日至2024年9月18日共3个工作日（其中2个工作日未曾扣除），不计入答复期限，期限由2024年10月9日顺延至2024年10月11日。");
        assertThat(line(paused, "PAYMENT_COUNTED", 0).textEn())
                .isEqualTo(
                        "From the fee notice on 2024-09-13 to the payment on 2024-09-18: 3 working days (2 not yet taken"
                                + " out), not counted: due date moves from 2024-10-09 to 2024-10-11.");
    }

    @Test
    void wordsTheDeferralAndTheDueDateAfterIt() {
        assertThat(line(paused, "ANSWER_DEFERRED", 0).text())
                .isEqualTo("2024年9月20日依据《政府信息公开条例》第三十五条决定延迟答复，答复期限由2024年10月11日改为2024年10月31日。");
        assertThat(line(paused, "ANSWER_DEFERRED", 0).textEn())
                .isEqualTo(
                        "Answer deferred on 2024-09-20 under Art. 35 of the Regulations: due date moves from 2024-10-11 to"
                                + " 2024-10-31.");
        assertThat(line(paused, "DUE", 0).on()).isEqualTo(day(11, 5));
        assertThat(line(paused, "DUE", 0).text()).startsWith("答复期限：2024年11月5日（星期二），即2024年9月2日后第");
    }

    @Test
    void wordsAPendingFeeWait() {
        List<ExplanationLine> waiting = lines(new ClockFact.Received(day(9, 2)), new ClockFact.FeeNotified(day(9, 13)));

        assertThat(line(waiting, "PENDING", 0).text()).isEqualTo("截至2024年9月13日，等待缴纳信息处理费，期限暂停计算，答复期限待定。");
        assertThat(line(waiting, "PENDING", 0).textEn())
                .isEqualTo("As of 2024-09-13: awaiting the fee payment, clock paused; the due date is pending.");
    }

    // Received Fri 27 Sep; supplement asked Mon 14 Oct (late: working day 7 was Sat 12 Oct) with no deadline, so
    // 15 working days: 15–18 Oct, 21–25, 28 Oct–1 Nov, Mon 4 Nov; an extension of 5 days granted while stopped;
    // supplement received Tue 15 Oct: 16–18 Oct = 1–3, 21 Oct–8 Nov = 4–18, 11–12 Nov = 19–20, then 13–15, 18,
    // 19 Nov for the extension.
    @Test
    void wordsAStoppedClockAnExtensionWhileStoppedAndTheRestart() {
        List<ExplanationLine> lines = lines(
                new ClockFact.Received(day(9, 27)),
                new ClockFact.SupplementRequested(day(10, 14)),
                new ClockFact.ExtensionGranted(day(10, 14), 5),
                new ClockFact.SupplementReceived(day(10, 15)));

        assertThat(line(lines, "CLOCK_STOPPED", 0).text())
                .isEqualTo("2024年10月14日要求补正，答复期限中止；机关未定补正期限，按15个工作日计至2024年11月4日，逾期未补正视为放弃申请。");
        assertThat(line(lines, "CLOCK_STOPPED", 0).textEn())
                .isEqualTo(
                        "Supplement requested on 2024-10-14: the clock stops; no deadline was set, so 15 working days"
                                + " apply, until 2024-11-04; without a supplement by then the application counts as abandoned.");
        assertThat(line(lines, "SUPPLEMENT_REQUEST_LATE", 0).text())
                .isEqualTo("补正要求晚于收到申请后第7个工作日（2024年10月12日）提出，不符合《政府信息公开条例》第三十条“一次性告知”的时限要求。");
        assertThat(line(lines, "EXTENSION_ADDED", 0).text()).isEqualTo("2024年10月14日批准延长答复期限5个工作日，待恢复计时后计入。");
        assertThat(line(lines, "EXTENSION_ADDED", 0).textEn())
                .isEqualTo("Extension of 5 working days granted on 2024-10-14; it is added once the clock runs again.");
        assertThat(line(lines, "CLOCK_RESTARTED", 0).text())
                .isEqualTo("2024年10月15日收到补正材料，重新计算20个工作日，第1个工作日为2024年10月16日（星期三），已批准的延长5个工作日继续有效。");
        assertThat(line(lines, "CLOCK_RESTARTED", 0).textEn())
                .startsWith("Supplement received on 2024-10-15: 20 working days count afresh, working day 1 is ")
                .endsWith("; the granted extension of 5 working days still applies.");
        assertThat(line(lines, "DUE", 0).on()).isEqualTo(day(11, 19));
    }

    @Test
    void wordsAnExtensionWhileTheClockRuns() {
        // Due Mon 30 Sep; 5 more working days: 8–11 Oct, Sat 12 Oct (调休).
        List<ExplanationLine> lines =
                lines(new ClockFact.Received(day(9, 2)), new ClockFact.ExtensionGranted(day(9, 20), 5));

        assertThat(line(lines, "EXTENSION_ADDED", 0).text())
                .isEqualTo("2024年9月20日批准延长答复期限5个工作日，期限由2024年9月30日顺延至2024年10月12日。");
        assertThat(line(lines, "EXTENSION_ADDED", 0).textEn())
                .isEqualTo(
                        "Extension of 5 working days granted on 2024-09-20: due date moves from 2024-09-30 to 2024-10-12.");
    }
}
