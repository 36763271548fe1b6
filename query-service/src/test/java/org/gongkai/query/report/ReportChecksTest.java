package org.gongkai.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.query.proactive.ProactiveTable;
import org.gongkai.query.review.ReviewGroup;
import org.gongkai.query.review.ReviewsReader;
import org.gongkai.query.statistics.ApplicationsTable;
import org.gongkai.query.statistics.TallyCounts;
import org.junit.jupiter.api.Test;

class ReportChecksTest {

    static final ProactiveTable NO_DOCUMENTS = new ProactiveTable(
            new ProactiveTable.Documents(0, 0, 0), new ProactiveTable.Documents(0, 0, 0), 0, 0, 0, BigDecimal.ZERO);

    static Map<ReviewGroup, Map<String, Long>> reviews() {
        Map<ReviewGroup, Map<String, Long>> reviews = new EnumMap<>(ReviewGroup.class);
        for (ReviewGroup group : ReviewGroup.values()) {
            reviews.put(group, ReviewsReader.cells(new long[] {1, 2, 0, 1}));
        }
        return reviews;
    }

    static ApplicationsTable table() {
        return ApplicationsTable.of(
                new TallyCounts()
                        .addOpening(ApplicantType.NATURAL_PERSON, 2)
                        .addWithin(ApplicantType.NATURAL_PERSON, "RECEIVED", 5)
                        .addWithin(ApplicantType.NATURAL_PERSON, "DISCLOSED", 4),
                false);
    }

    @Test
    void everyCheckPassesOnTablesDerivedFromFacts() {
        List<Check> checks = ReportChecks.of(table(), reviews(), NO_DOCUMENTS, null);

        assertThat(checks)
                .extracting(Check::code)
                .containsExactly(
                        "COMPLETE", "COLUMN_IDENTITY", "ROW_TOTALS", "HANDLED_TOTAL", "REVIEW_TOTALS", "NON_NEGATIVE");
        assertThat(checks).allMatch(Check::passed).allMatch(c -> c.severity() == Check.Severity.ERROR);
    }

    @Test
    void aBrokenColumnIdentityIsAnError() {
        ApplicationsTable good = table();
        List<ApplicationsTable.Row> rows = new ArrayList<>(good.rows());
        rows.set(0, new ApplicationsTable.Row("RECEIVED", rows.get(0).label(), List.of(6L, 0L, 0L, 0L, 0L, 0L, 6L)));

        List<Check> checks =
                ReportChecks.of(new ApplicationsTable(good.columns(), rows), reviews(), NO_DOCUMENTS, null);

        assertThat(checks)
                .filteredOn(c -> c.code().equals("COLUMN_IDENTITY"))
                .singleElement()
                .satisfies(c -> assertThat(c.passed()).isFalse())
                .satisfies(c -> assertThat(c.message()).contains("NATURAL_PERSON"));
    }

    @Test
    void warnsWhenTheCarryOverDiffersFromLastYearsCarryForward() {
        ApplicationsTable lastYear =
                ApplicationsTable.of(new TallyCounts().addWithin(ApplicantType.NATURAL_PERSON, "RECEIVED", 3), false);

        List<Check> checks =
                ReportChecks.of(table(), reviews(), NO_DOCUMENTS, new ReportChecks.Previous(lastYear, NO_DOCUMENTS));

        assertThat(checks)
                .filteredOn(c -> c.code().equals("CARRY_OVER_CONTINUITY"))
                .singleElement()
                .satisfies(c -> assertThat(c.passed()).isFalse())
                .satisfies(c -> assertThat(c.severity()).isEqualTo(Check.Severity.WARNING));
        assertThat(checks)
                .filteredOn(c -> c.code().equals("DOCUMENTS_IN_FORCE_CONTINUITY"))
                .singleElement()
                .satisfies(c -> assertThat(c.passed()).isTrue());
    }

    @Test
    void usesTheTrialFormatBefore2021() {
        assertThat(Report.format(2019)).isEqualTo("2019");
        assertThat(Report.format(2020)).isEqualTo("2019");
        assertThat(Report.format(2021)).isEqualTo("2021");
    }
}
