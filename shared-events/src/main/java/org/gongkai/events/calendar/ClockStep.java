package org.gongkai.events.calendar;

import static org.gongkai.events.calendar.ChineseDates.date;
import static org.gongkai.events.calendar.ChineseDates.dateWithWeekday;
import static org.gongkai.events.calendar.ChineseDates.range;

import java.time.LocalDate;

/**
 * One step of an {@link Explanation}. Dates that may be absent ({@code dueBefore}/{@code dueAfter} while the clock is
 * stopped) are {@code null}.
 */
public sealed interface ClockStep {

    /** The date the step is about; steps are listed in this order. */
    LocalDate on();

    /** A stable code of the step type, see {@link ExplanationLine#kind()}. */
    String kind();

    /** The step as one Chinese sentence. */
    String toChinese();

    /** The step as one English sentence, for staff who chose English; the Chinese one is the official wording. */
    String toEnglish();

    /** The application was received; day 1 is the first working day after (条例 Art. 33, DOMAIN.md §7). */
    record Receipt(LocalDate on, LocalDate dayOne) implements ClockStep {
        public String kind() {
            return "RECEIPT";
        }

        public String toChinese() {
            return date(on) + "收到申请，自次日起计算，第1个工作日为" + dateWithWeekday(dayOne) + "。";
        }

        public String toEnglish() {
            return "Received on " + on + "; counting starts the next day, working day 1 is "
                    + EnglishDates.withWeekday(dayOne) + ".";
        }
    }

    /** Announced off days inside the counted span: they do not count (weekdays among them are named). */
    record HolidaysSkipped(LocalDate on, LocalDate last, String festival, String notice, int weekdaysSkipped)
            implements ClockStep {
        public String kind() {
            return "HOLIDAYS_SKIPPED";
        }

        public String toChinese() {
            return festival + "放假" + range(on, last) + "，不计入工作日（其中周一至周五" + weekdaysSkipped + "天）" + source(notice)
                    + "。";
        }

        public String toEnglish() {
            String provisional = notice.equals(StatutoryHolidays.PROVISIONAL_NOTICE)
                    ? " (statutory holiday, provisional until the year's notice)"
                    : notice.isEmpty() ? "" : " (" + notice + ")";
            return EnglishDates.festival(festival) + " holiday " + EnglishDates.range(on, last) + " is not counted ("
                    + weekdaysSkipped + " of its days are weekdays)" + provisional + ".";
        }
    }

    /** Announced make-up working weekends inside the counted span: they count. */
    record MakeUpWorkdaysCounted(LocalDate on, LocalDate last, String festival, String notice) implements ClockStep {
        public String kind() {
            return "MAKE_UP_WORKDAYS_COUNTED";
        }

        public String toChinese() {
            String days = on.equals(last) ? dateWithWeekday(on) : dateWithWeekday(on) + "至" + dateWithWeekday(last);
            return days + festival + "调休上班，计入工作日" + source(notice) + "。";
        }

        public String toEnglish() {
            return "Make-up working day(s) " + EnglishDates.range(on, last) + " for " + EnglishDates.festival(festival)
                    + " are counted" + (notice.isEmpty() ? "" : " (" + notice + ")") + ".";
        }
    }

    /** The counted span reaches a year without a loaded official schedule: plain weekdays are counted. */
    record NoOfficialSchedule(LocalDate on, int year) implements ClockStep {
        public String kind() {
            return "NO_OFFICIAL_SCHEDULE";
        }

        public String toChinese() {
            return year + "年尚无官方节假日安排，暂按《全国年节及纪念日放假办法》规定的法定节假日计算（周六、周日休息，不含调休上班），" + "公布后期限可能变化。";
        }

        public String toEnglish() {
            return "No official holiday schedule for " + year + " yet: its statutory holidays are counted provisionally"
                    + " (weekends off, no make-up working days); the due date may change once the schedule is announced.";
        }
    }

    /** A supplement was requested: the clock stops until it arrives (条例 Art. 30). */
    record ClockStopped(LocalDate on, LocalDate supplementDueOn, boolean defaultDeadline) implements ClockStep {
        public String kind() {
            return "CLOCK_STOPPED";
        }

        public String toChinese() {
            String deadline = defaultDeadline
                    ? "机关未定补正期限，按" + StatutoryClock.DEFAULT_SUPPLEMENT_WORKING_DAYS + "个工作日计至"
                    : "补正期限至";
            return date(on) + "要求补正，答复期限中止；" + deadline + date(supplementDueOn) + "，逾期未补正视为放弃申请。";
        }

        public String toEnglish() {
            String deadline = defaultDeadline
                    ? "no deadline was set, so " + StatutoryClock.DEFAULT_SUPPLEMENT_WORKING_DAYS
                            + " working days apply, until "
                    : "deadline ";
            return "Supplement requested on " + on + ": the clock stops; " + deadline + supplementDueOn
                    + "; without a supplement by then the application counts as abandoned.";
        }
    }

    /** The supplement arrived: 20 working days restart from the next working day (条例 Art. 30). */
    record ClockRestarted(LocalDate on, LocalDate dayOne, int extensionDaysCarried) implements ClockStep {
        public String kind() {
            return "CLOCK_RESTARTED";
        }

        public String toChinese() {
            String carried = extensionDaysCarried == 0 ? "" : "，已批准的延长" + extensionDaysCarried + "个工作日继续有效";
            return date(on) + "收到补正材料，重新计算" + StatutoryClock.ANSWER_WORKING_DAYS + "个工作日，第1个工作日为"
                    + dateWithWeekday(dayOne) + carried + "。";
        }

        public String toEnglish() {
            String carried = extensionDaysCarried == 0
                    ? ""
                    : "; the granted extension of " + extensionDaysCarried + " working days still applies";
            return "Supplement received on " + on + ": " + StatutoryClock.ANSWER_WORKING_DAYS
                    + " working days count afresh, working day 1 is " + EnglishDates.withWeekday(dayOne) + carried
                    + ".";
        }
    }

    /** An extension adds its working days to the due date in force (条例 Art. 33 para. 1). */
    record ExtensionAdded(LocalDate on, int workingDays, LocalDate dueBefore, LocalDate dueAfter) implements ClockStep {
        public String kind() {
            return "EXTENSION_ADDED";
        }

        public String toChinese() {
            String effect = dueAfter == null ? "，待恢复计时后计入" : "，期限由" + date(dueBefore) + "顺延至" + date(dueAfter);
            return date(on) + "批准延长答复期限" + workingDays + "个工作日" + effect + "。";
        }

        public String toEnglish() {
            String effect = dueAfter == null
                    ? "; it is added once the clock runs again"
                    : ": due date moves from " + dueBefore + " to " + dueAfter;
            return "Extension of " + workingDays + " working days granted on " + on + effect + ".";
        }
    }

    /** A consultation started; the due date is pending until it ends (条例 Art. 33 para. 2). */
    record ConsultationOpened(LocalDate on, String consultationId) implements ClockStep {
        public String kind() {
            return "CONSULTATION_OPENED";
        }

        public String toChinese() {
            return date(on) + "开始征求意见（" + consultationId + "），所需时间不计入答复期限。";
        }

        public String toEnglish() {
            return "Consultation " + consultationId + " started on " + on + "; its time does not count.";
        }
    }

    /**
     * A consultation ended: its working days from start through end, both included, are added to the due date in
     * force ({@code workingDaysAdded} leaves out days already added by an overlapping consultation or lying before
     * the current count started).
     */
    record ConsultationCounted(
            LocalDate on,
            String consultationId,
            LocalDate startedOn,
            int workingDays,
            int workingDaysAdded,
            LocalDate dueBefore,
            LocalDate dueAfter)
            implements ClockStep {
        public String kind() {
            return "CONSULTATION_COUNTED";
        }

        public String toChinese() {
            String head = "征求意见（" + consultationId + "）" + range(startedOn, on) + "共" + workingDays + "个工作日";
            if (dueAfter == null) {
                return head + "，结束时答复期限因补正中止、将重新计算，不另行顺延。";
            }
            String partly = workingDaysAdded == workingDays ? "" : "（其中" + workingDaysAdded + "个工作日未曾扣除）";
            return head + partly + "，不计入答复期限，期限由" + date(dueBefore) + "顺延至" + date(dueAfter) + "。";
        }

        public String toEnglish() {
            String head = "Consultation " + consultationId + " from " + startedOn + " to " + on + " took " + workingDays
                    + " working days";
            if (dueAfter == null) {
                return head + "; the clock was stopped for a supplement and restarts, so nothing is added.";
            }
            String partly = workingDaysAdded == workingDays ? "" : " (" + workingDaysAdded + " not yet taken out)";
            return head + partly + ", not counted: due date moves from " + dueBefore + " to " + dueAfter + ".";
        }
    }

    /**
     * The supplement was requested after the last day 条例 Art. 30 allows (working day 7 after receipt): recorded,
     * and flagged as a breach.
     */
    record SupplementRequestLate(LocalDate on, LocalDate receivedOn, LocalDate lastDay) implements ClockStep {
        public String kind() {
            return "SUPPLEMENT_REQUEST_LATE";
        }

        public String toChinese() {
            return "补正要求晚于收到申请后第" + StatutoryClock.SUPPLEMENT_REQUEST_WORKING_DAYS + "个工作日（" + date(lastDay)
                    + "）提出，不符合《政府信息公开条例》第三十条“一次性告知”的时限要求。";
        }

        public String toEnglish() {
            return "The supplement was requested after working day " + StatutoryClock.SUPPLEMENT_REQUEST_WORKING_DAYS
                    + " after receipt (" + lastDay + "): a breach of Art. 30 of the Regulations.";
        }
    }

    /** A fee was notified: the time until it is paid does not count (国办函〔2020〕109号, ADR 0030). */
    record PaymentAwaited(LocalDate on) implements ClockStep {
        public String kind() {
            return "PAYMENT_AWAITED";
        }

        public String toChinese() {
            return date(on) + "发出信息处理费缴费通知，自通知之日至缴费之日不计入答复期限。";
        }

        public String toEnglish() {
            return "Fee notice issued on " + on + ": the time from the notice until the payment does not count.";
        }
    }

    /** The fee was paid: the working days from the notice through the payment, both included, are added. */
    record PaymentCounted(
            LocalDate on,
            LocalDate notifiedOn,
            int workingDays,
            int workingDaysAdded,
            LocalDate dueBefore,
            LocalDate dueAfter)
            implements ClockStep {
        public String kind() {
            return "PAYMENT_COUNTED";
        }

        public String toChinese() {
            String head = "缴费通知至缴费" + range(notifiedOn, on) + "共" + workingDays + "个工作日";
            if (dueAfter == null) {
                return head + "，期间答复期限因补正中止，不另行顺延。";
            }
            String partly = workingDaysAdded == workingDays ? "" : "（其中" + workingDaysAdded + "个工作日未曾扣除）";
            return head + partly + "，不计入答复期限，期限由" + date(dueBefore) + "顺延至" + date(dueAfter) + "。";
        }

        public String toEnglish() {
            String head = "From the fee notice on " + notifiedOn + " to the payment on " + on + ": " + workingDays
                    + " working days";
            if (dueAfter == null) {
                return head + "; the clock was stopped for a supplement, so nothing is added.";
            }
            String partly = workingDaysAdded == workingDays ? "" : " (" + workingDaysAdded + " not yet taken out)";
            return head + partly + ", not counted: due date moves from " + dueBefore + " to " + dueAfter + ".";
        }
    }

    /** 延迟答复 (条例 Art. 35): the agency set a later reasonable date, which replaces the due date in force. */
    record AnswerDeferred(LocalDate on, LocalDate dueBefore, LocalDate dueAfter) implements ClockStep {
        public String kind() {
            return "ANSWER_DEFERRED";
        }

        public String toChinese() {
            return date(on) + "依据《政府信息公开条例》第三十五条决定延迟答复，答复期限由" + date(dueBefore) + "改为" + date(dueAfter) + "。";
        }

        public String toEnglish() {
            return "Answer deferred on " + on + " under Art. 35 of the Regulations: due date moves from " + dueBefore
                    + " to " + dueAfter + ".";
        }
    }

    /** The due date: working day {@code workingDay} counted from the day after {@code countedFrom}. */
    record Due(LocalDate on, LocalDate countedFrom, int workingDay) implements ClockStep {
        public String kind() {
            return "DUE";
        }

        public String toChinese() {
            return "答复期限：" + dateWithWeekday(on) + "，即" + date(countedFrom) + "后第" + workingDay + "个工作日。";
        }

        public String toEnglish() {
            return "Due on " + EnglishDates.withWeekday(on) + ", working day " + workingDay + " after " + countedFrom
                    + ".";
        }
    }

    /** No due date can be stated yet. */
    record Pending(LocalDate on, ClockStatus status) implements ClockStep {
        public String kind() {
            return "PENDING";
        }

        public String toChinese() {
            return "截至" + date(on) + "，" + status.label() + "，答复期限待定。";
        }

        public String toEnglish() {
            return "As of " + on + ": " + status.english() + "; the due date is pending.";
        }
    }

    private static String source(String notice) {
        return notice.isEmpty() ? "" : "（" + notice + "）";
    }
}
