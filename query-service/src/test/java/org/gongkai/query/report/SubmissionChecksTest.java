package org.gongkai.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The soft check that quarterly statistics reach the supervising level by the agency's quarterly deadline. */
class SubmissionChecksTest {

    static final LocalDate DEADLINE = LocalDate.of(2025, 10, 8);

    @Test
    void passesWhileSubmissionIsStillInTime() {
        Check check = ReportChecks.submission(DEADLINE, null, DEADLINE);

        assertThat(check.code()).isEqualTo("SUBMITTED_BY_DEADLINE");
        assertThat(check.severity()).isEqualTo(Check.Severity.WARNING);
        assertThat(check.passed()).isTrue();
        assertThat(check.message()).contains("2025-10-08", "尚未报送");
    }

    @Test
    void warnsTheDayAfterTheDeadlineWhenNothingIsSubmitted() {
        Check check = ReportChecks.submission(DEADLINE, null, DEADLINE.plusDays(1));

        assertThat(check.passed()).isFalse();
        assertThat(check.message()).contains("已逾期");
    }

    @Test
    void judgesBySubmissionDateNotByToday() {
        assertThat(ReportChecks.submission(DEADLINE, DEADLINE, DEADLINE.plusMonths(3))
                        .passed())
                .isTrue();
        Check late = ReportChecks.submission(DEADLINE, DEADLINE.plusDays(1), DEADLINE.plusDays(1));
        assertThat(late.passed()).isFalse();
        assertThat(late.message()).contains("已于2025-10-09报送：逾期");
    }
}
