package org.gongkai.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.query.application.ProcessingFees;
import org.junit.jupiter.api.Test;

/** The soft checks of DOMAIN.md §6.10 about section 六's fee paragraph and the publication deadline. */
class PublicationChecksTest {

    static final LocalDate DEADLINE = LocalDate.of(2025, 1, 31);
    static final ProcessingFees NONE = new ProcessingFees(0, BigDecimal.ZERO);

    @Test
    void passesWhilePublicationIsStillInTime() {
        Check deadline = deadline(ReportChecks.publication(NONE, DEADLINE, null, DEADLINE));

        assertThat(deadline.passed()).isTrue();
        assertThat(deadline.severity()).isEqualTo(Check.Severity.WARNING);
        assertThat(deadline.message()).contains("2025-01-31", "尚未发布");
    }

    @Test
    void warnsTheDayAfterTheDeadlineWhenNothingIsPublished() {
        Check deadline = deadline(ReportChecks.publication(NONE, DEADLINE, null, DEADLINE.plusDays(1)));

        assertThat(deadline.passed()).isFalse();
        assertThat(deadline.message()).contains("已逾期");
    }

    @Test
    void judgesAPublishedReportByItsFirstPublicationNotByToday() {
        Check onTime = deadline(ReportChecks.publication(NONE, DEADLINE, DEADLINE, LocalDate.of(2026, 5, 1)));
        Check late =
                deadline(ReportChecks.publication(NONE, DEADLINE, LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 3)));

        assertThat(onTime.passed()).isTrue();
        assertThat(late.passed()).isFalse();
        assertThat(late.message()).contains("逾期");
    }

    @Test
    void statesTheFeesOrNoneInTheFeeParagraphCheck() {
        Check none = fee(ReportChecks.publication(NONE, DEADLINE, null, DEADLINE));
        Check charged = fee(
                ReportChecks.publication(new ProcessingFees(2, new BigDecimal("1960.00")), DEADLINE, null, DEADLINE));
        Check unknown = fee(ReportChecks.publication(null, DEADLINE, null, DEADLINE));

        assertThat(none.passed()).isTrue();
        assertThat(none.message()).contains("无");
        assertThat(charged.message()).contains("2件、1960元");
        assertThat(unknown.passed()).isFalse();
    }

    private static Check deadline(List<Check> checks) {
        return checks.stream()
                .filter(c -> c.code().equals("PUBLISHED_BY_DEADLINE"))
                .findFirst()
                .orElseThrow();
    }

    private static Check fee(List<Check> checks) {
        return checks.stream()
                .filter(c -> c.code().equals("FEE_PARAGRAPH_PRESENT"))
                .findFirst()
                .orElseThrow();
    }
}
