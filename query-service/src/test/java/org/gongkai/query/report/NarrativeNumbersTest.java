package org.gongkai.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.query.review.ReviewGroup;
import org.gongkai.query.statistics.ApplicationsTable;
import org.junit.jupiter.api.Test;

/** Section 一 as staff wrote it against the tables (DOMAIN.md §6.10). */
class NarrativeNumbersTest {

    /** 13 received, 2 carried over, 12 handled, 3 carried forward; 1 reconsideration, 2 + 1 lawsuits. */
    static final Report REPORT = report();

    @Test
    void passesATextWhoseNumbersAreThoseOfTheTables() {
        Check check = NarrativeNumbers.check(
                REPORT, "2024年，本机关新收政府信息公开申请13件，上年结转2件；本年度办结12件，" + "结转下年度继续办理3件。因政府信息公开工作被申请行政复议1件、被提起行政诉讼3件。");

        assertThat(check.code()).isEqualTo("NARRATIVE_MATCHES_TABLES");
        assertThat(check.passed()).isTrue();
        assertThat(check.message()).contains("6处");
    }

    @Test
    void namesEachNumberThatContradictsTheTables() {
        Check check = NarrativeNumbers.check(REPORT, "全年共新收申请12件，办结12件，被申请行政复议2件。");

        assertThat(check.passed()).isFalse();
        assertThat(check.severity()).isEqualTo(Check.Severity.WARNING);
        assertThat(check.message())
                .contains("新收申请：文中12件，表中13件")
                .contains("行政复议：文中2件，表中1件")
                .doesNotContain("办结：");
    }

    @Test
    void passesATextThatQuotesNoNumberAndSkipsAMissingText() {
        assertThat(NarrativeNumbers.check(REPORT, "本年度政府信息公开工作稳步推进。").passed()).isTrue();
        assertThat(NarrativeNumbers.check(REPORT, null)).isNull();
    }

    private static Report report() {
        List<ApplicationsTable.Row> rows = new ArrayList<>();
        Map<String, Long> totals = Map.of(
                "RECEIVED", 13L, "CARRIED_OVER", 2L, "TOTAL_HANDLED", 12L, "CARRIED_FORWARD", 3L, "DISCLOSED", 12L);
        for (String code : totals.keySet()) {
            long total = totals.getOrDefault(code, 0L);
            rows.add(new ApplicationsTable.Row(code, code, List.of(total, 0L, 0L, 0L, 0L, 0L, total)));
        }
        Map<ReviewGroup, Map<String, Long>> reviews = new EnumMap<>(ReviewGroup.class);
        long[] totalsByGroup = {1, 2, 1};
        for (ReviewGroup group : ReviewGroup.values()) {
            Map<String, Long> cells = new LinkedHashMap<>();
            cells.put("UPHELD", 0L);
            cells.put("CORRECTED", 0L);
            cells.put("OTHER", 0L);
            cells.put("PENDING", totalsByGroup[group.ordinal()]);
            cells.put("TOTAL", totalsByGroup[group.ordinal()]);
            reviews.put(group, cells);
        }
        return new Report(
                "a",
                2024,
                null,
                "agency",
                "2021",
                null,
                new ApplicationsTable(ApplicationsTable.columnCodes(), rows),
                reviews,
                List.of());
    }
}
