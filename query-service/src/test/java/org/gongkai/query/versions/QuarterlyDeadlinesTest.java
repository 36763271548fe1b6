package org.gongkai.query.versions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The quarterly deadline: the agency's day of the month after the quarter, across the year boundary. */
class QuarterlyDeadlinesTest {

    @Test
    void fallsOnTheGivenDayOfTheMonthAfterEachQuarter() {
        assertThat(QuarterlyDeadlines.deadline(8, 2025, 1)).isEqualTo(LocalDate.of(2025, 4, 8));
        assertThat(QuarterlyDeadlines.deadline(8, 2025, 2)).isEqualTo(LocalDate.of(2025, 7, 8));
        assertThat(QuarterlyDeadlines.deadline(15, 2025, 3)).isEqualTo(LocalDate.of(2025, 10, 15));
    }

    @Test
    void putsTheFourthQuarterInJanuaryOfTheNextYear() {
        assertThat(QuarterlyDeadlines.deadline(5, 2025, 4)).isEqualTo(LocalDate.of(2026, 1, 5));
    }
}
