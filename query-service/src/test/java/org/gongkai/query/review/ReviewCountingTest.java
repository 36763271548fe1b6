package org.gongkai.query.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.events.review.ReviewResult;
import org.gongkai.query.statistics.Period;
import org.junit.jupiter.api.Test;

class ReviewCountingTest {

    @Test
    void countsACasePendingOverNewYearAsPendingFirstAndWithItsResultInTheYearItWasConcluded() {
        var overNewYear = new ReviewCounting.Case(
                ReviewGroup.RECONSIDERATION,
                LocalDate.of(2024, 12, 1),
                ReviewResult.CORRECTED,
                LocalDate.of(2025, 1, 10));

        assertThat(ReviewCounting.count(List.of(overNewYear), Period.year(2024)).get(ReviewGroup.RECONSIDERATION))
                .containsExactly(
                        entry("UPHELD", 0),
                        entry("CORRECTED", 0),
                        entry("OTHER", 0),
                        entry("PENDING", 1),
                        entry("TOTAL", 1));
        assertThat(ReviewCounting.count(List.of(overNewYear), Period.year(2025)).get(ReviewGroup.RECONSIDERATION))
                .containsExactly(
                        entry("UPHELD", 0),
                        entry("CORRECTED", 1),
                        entry("OTHER", 0),
                        entry("PENDING", 0),
                        entry("TOTAL", 1));
    }

    @Test
    void countsEachResultInItsOwnCellAndNothingForACaseFiledAfterThePeriod() {
        var cases = List.of(
                new ReviewCounting.Case(
                        ReviewGroup.LITIGATION_DIRECT,
                        LocalDate.of(2025, 2, 1),
                        ReviewResult.UPHELD,
                        LocalDate.of(2025, 3, 1)),
                new ReviewCounting.Case(
                        ReviewGroup.LITIGATION_DIRECT,
                        LocalDate.of(2025, 2, 1),
                        ReviewResult.OTHER,
                        LocalDate.of(2025, 3, 2)),
                new ReviewCounting.Case(ReviewGroup.LITIGATION_DIRECT, LocalDate.of(2025, 4, 1), null, null));

        var table = ReviewCounting.count(cases, Period.quarter(2025, 1));

        assertThat(table.get(ReviewGroup.LITIGATION_DIRECT))
                .containsExactly(
                        entry("UPHELD", 1),
                        entry("CORRECTED", 0),
                        entry("OTHER", 1),
                        entry("PENDING", 0),
                        entry("TOTAL", 2));
        assertThat(table.get(ReviewGroup.LITIGATION_AFTER_RECONSIDERATION)).containsEntry("TOTAL", 0L);
    }

    private static java.util.Map.Entry<String, Long> entry(String cell, long count) {
        return java.util.Map.entry(cell, count);
    }
}
