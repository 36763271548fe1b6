package org.gongkai.events.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.events.calendar.ClockFact.ExtensionGranted;
import org.gongkai.events.calendar.ClockFact.Received;
import org.junit.jupiter.api.Test;

/**
 * The boundaries the seeded property tests used to be the only ones to check (ADR 0049: the property tests stay out
 * of the mutation run, so what only they noticed is pinned here by hand).
 */
class ClockBoundariesTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.official();

    @Test
    void countsZeroWorkingDaysAsTheDateItselfAndOneAsTheNextWorkingDay() {
        LocalDate friday = LocalDate.of(2024, 9, 27);

        assertThat(calendar.plusWorkingDays(friday, 0)).isEqualTo(friday);
        // Sat 28 Sep 2024 off, Sun 29 Sep worked (调休 for National Day, 国办发明电〔2023〕7号)
        assertThat(calendar.plusWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2024, 9, 29));
        assertThatThrownBy(() -> calendar.plusWorkingDays(friday, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void takesAnExtensionOfOneWorkingDayAndRefusesOneOfNone() {
        LocalDate on = LocalDate.of(2025, 10, 20);

        assertThat(new ExtensionGranted(on, 1).workingDays()).isEqualTo(1);
        assertThatThrownBy(() -> new ExtensionGranted(on, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one working day");
    }

    @Test
    void tellsTheHolidaysBeforeAnExtensionBeforeIt() {
        // Received Fri 26 Sep 2025; Sun 28 Sep worked, 1–8 Oct off, Sat 11 Oct worked; extended on Mon 20 Oct.
        DueDate due = new StatutoryClock(calendar)
                .dueDate(List.of(
                        new Received(LocalDate.of(2025, 9, 26)), new ExtensionGranted(LocalDate.of(2025, 10, 20), 20)));
        List<ClockStep> steps = due.explanation().steps();

        assertThat(steps.subList(0, steps.size() - 1)).map(ClockStep::on).isSorted();
        assertThat(due.explanation().lines())
                .extracting(ExplanationLine::kind)
                .containsSubsequence(
                        "RECEIPT", "MAKE_UP_WORKDAYS_COUNTED", "HOLIDAYS_SKIPPED", "EXTENSION_ADDED", "DUE");
    }
}
