package org.gongkai.events.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a {@link DueDate} answers besides the date, on hand-counted histories (国办发明电〔2023〕7号). */
class DueDateAnswersTest {

    private final StatutoryClock clock = new StatutoryClock(WorkingDayCalendar.official());

    private static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2024, month, dayOfMonth);
    }

    @Test
    void aRunningClockStatesItsDateAndTheExtensionDaysLeft() {
        DueDate due = clock.dueDate(
                List.of(new ClockFact.Received(day(9, 2)), new ClockFact.ExtensionGranted(day(9, 20), 5)));

        assertThat(due.isPending()).isFalse();
        assertThat(due.due()).contains(day(10, 12));
        assertThat(due.remainingExtensionDays()).isEqualTo(15);
        assertThat(due.extensionDaysGranted()).isEqualTo(5);
    }

    @Test
    void aStoppedClockIsPendingWithoutADate() {
        DueDate due =
                clock.dueDate(List.of(new ClockFact.Received(day(9, 2)), new ClockFact.SupplementRequested(day(9, 4))));

        assertThat(due.isPending()).isTrue();
        assertThat(due.due()).isEmpty();
        assertThat(due.supplementRequestedLate()).isFalse();
    }

    @Test
    void aSupplementWithoutADeadlineIsDueOnWorkingDayFifteen() {
        // Mon 14 Oct 2024: 15–18 Oct = 1–4, 21–25 = 5–9, 28 Oct–1 Nov = 10–14, Mon 4 Nov = 15.
        assertThat(clock.defaultSupplementDueOn(day(10, 14))).isEqualTo(day(11, 4));
        assertThat(clock.calendar()).isNotNull();
    }

    @Test
    void numbersTheEnglishExplanationAndNamesWeekdays() {
        DueDate due = clock.dueDate(List.of(new ClockFact.Received(day(9, 27))));

        assertThat(due.explanation().toEnglishText())
                .startsWith(
                        "1. Received on 2024-09-27; counting starts the next day, working day 1 is 2024-09-29 (Sun).\n2. ");
        assertThat(due.explanation().toChineseText())
                .startsWith("1. 2024年9月27日收到申请")
                .contains("\n2. ");
    }

    @Test
    void namesTheClockStatusInEnglish() {
        assertThat(ClockStatus.AWAITING_PAYMENT.english()).isEqualTo("awaiting the fee payment, clock paused");
        assertThat(ClockStatus.RUNNING.english()).isEqualTo("clock running");
    }
}
