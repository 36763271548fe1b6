package org.gongkai.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.Outcome;
import org.gongkai.query.proactive.ProactiveTable;
import org.gongkai.query.review.ReviewGroup;
import org.gongkai.query.statistics.ApplicationsTable;
import org.gongkai.query.statistics.TallyCounts;
import org.junit.jupiter.api.Test;

/**
 * Issue 21 item 3: every check of {@link ReportChecks} shown failing. Each failing example starts from a table where
 * every cell of the national layout is non-zero and every check passes, changes one cell, and asserts the exact set
 * of checks that fail and what the failing one names. A single cell of table 三 always feeds two identities (its
 * row's 总计 and a column sum), so for those checks a second example also moves the dependent cell, leaving the
 * check under test as the only failure.
 */
class EveryReportCheckFailsTest {

    static final List<String> ALL = List.of(
            "COMPLETE",
            "COLUMN_IDENTITY",
            "ROW_TOTALS",
            "HANDLED_TOTAL",
            "REVIEW_TOTALS",
            "NON_NEGATIVE",
            "CARRY_OVER_CONTINUITY",
            "DOCUMENTS_IN_FORCE_CONTINUITY");

    static final int NATURAL_PERSON = 0;
    static final int COMMERCIAL_ENTERPRISE = 1;
    static final int TOTAL = 6;

    /** Every cell non-zero: opening 5 + i, each outcome 1 + (i + j) % 3, received leaves 3 + i open at the end. */
    static ApplicationsTable fullTable() {
        TallyCounts counts = new TallyCounts();
        ApplicantType[] types = ApplicantType.values();
        for (int i = 0; i < types.length; i++) {
            long handled = 0;
            for (Outcome outcome : Outcome.values()) {
                long n = 1 + (i + outcome.ordinal()) % 3;
                counts.addWithin(types[i], outcome.name(), n);
                handled += n;
            }
            counts.addOpening(types[i], 5 + i);
            counts.addWithin(types[i], TallyCounts.RECEIVED, handled - (5 + i) + (3 + i));
        }
        return ApplicationsTable.of(counts, false);
    }

    /** Last year's table, whose 结转下年度 equals this year's 上年结转 column by column. */
    static ApplicationsTable lastYear() {
        TallyCounts counts = new TallyCounts();
        ApplicantType[] types = ApplicantType.values();
        for (int i = 0; i < types.length; i++) {
            counts.addWithin(types[i], TallyCounts.RECEIVED, 5 + i + 4);
            counts.addWithin(types[i], Outcome.DISCLOSED.name(), 4);
        }
        return ApplicationsTable.of(counts, false);
    }

    static Map<ReviewGroup, Map<String, Long>> reviews() {
        Map<ReviewGroup, Map<String, Long>> reviews = new EnumMap<>(ReviewGroup.class);
        for (ReviewGroup group : ReviewGroup.values()) {
            long g = group.ordinal();
            reviews.put(group, cells(1 + g, 2 + g, 1, 3, 7 + 2 * g));
        }
        return reviews;
    }

    static Map<String, Long> cells(long upheld, long corrected, long other, long pending, long total) {
        Map<String, Long> cells = new LinkedHashMap<>();
        cells.put("UPHELD", upheld);
        cells.put("CORRECTED", corrected);
        cells.put("OTHER", other);
        cells.put("PENDING", pending);
        cells.put("TOTAL", total);
        return cells;
    }

    // 规章: 10 in force last year + 3 issued − 1 repealed = 12; 行政规范性文件: 20 + 5 − 2 = 23
    static final ProactiveTable LAST_YEAR_DOCUMENTS = proactive(10, 20, 4);
    static final ProactiveTable DOCUMENTS = proactive(12, 23, 4);

    static ProactiveTable proactive(long rulesInForce, long normativeInForce, long licensing) {
        return new ProactiveTable(
                new ProactiveTable.Documents(3, 1, rulesInForce),
                new ProactiveTable.Documents(5, 2, normativeInForce),
                licensing,
                6,
                7,
                new BigDecimal("1234.56"));
    }

    static List<Check> check(ApplicationsTable table, Map<ReviewGroup, Map<String, Long>> reviews) {
        return check(table, reviews, DOCUMENTS);
    }

    static List<Check> check(
            ApplicationsTable table, Map<ReviewGroup, Map<String, Long>> reviews, ProactiveTable proactive) {
        return ReportChecks.of(table, reviews, proactive, new ReportChecks.Previous(lastYear(), LAST_YEAR_DOCUMENTS));
    }

    static List<String> failed(List<Check> checks) {
        assertThat(checks).extracting(Check::code).containsExactlyElementsOf(ALL);
        return checks.stream().filter(c -> !c.passed()).map(Check::code).toList();
    }

    static Check named(List<Check> checks, String code) {
        return checks.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    /** A copy of {@code table} with {@code delta} added to one cell. */
    static ApplicationsTable plus(ApplicationsTable table, String code, int column, long delta) {
        List<ApplicationsTable.Row> rows = new ArrayList<>();
        for (ApplicationsTable.Row row : table.rows()) {
            if (row.code().equals(code)) {
                List<Long> counts = new ArrayList<>(row.counts());
                counts.set(column, counts.get(column) + delta);
                row = new ApplicationsTable.Row(code, row.label(), List.copyOf(counts));
            }
            rows.add(row);
        }
        return new ApplicationsTable(table.columns(), rows);
    }

    @Test
    void theStartingTablesFillTheNationalLayoutWithNonZeroCellsAndPassEveryCheck() {
        ApplicationsTable table = fullTable();

        assertThat(table.rows()).hasSize(25);
        assertThat(table.columns()).hasSize(7);
        for (ApplicationsTable.Row row : table.rows()) {
            assertThat(row.counts()).as(row.code()).hasSize(7).doesNotContain(0L);
        }
        assertThat(reviews()).hasSize(3);
        List<Check> checks = check(table, reviews());
        assertThat(failed(checks)).isEmpty();
        assertThat(checks.subList(0, 6)).extracting(Check::severity).containsOnly(Check.Severity.ERROR);
        assertThat(checks.subList(6, 8)).extracting(Check::severity).containsOnly(Check.Severity.WARNING);
    }

    @Test
    void aMissingOutcomeRowFailsCompleteAndNamesTheLayout() {
        ApplicationsTable full = fullTable();
        List<ApplicationsTable.Row> rows = new ArrayList<>(full.rows());
        rows.removeIf(r -> r.code().equals(Outcome.OTHER.name()));
        // the missing row's cells also leave （七）总计 larger than what is left
        List<Check> checks = check(new ApplicationsTable(full.columns(), rows), reviews());

        assertThat(failed(checks)).containsExactly("COMPLETE", "HANDLED_TOTAL");
        assertThat(named(checks, "COMPLETE").message()).contains("不符 表三行次");
    }

    @Test
    void aRowWithItsTotalLeftBlankFailsCompleteAndTheSumsThatReadItAsZero() {
        ApplicationsTable full = fullTable();
        // 上年结转 with six cells: its 总计 left blank
        List<ApplicationsTable.Row> rows = new ArrayList<>(full.rows());
        ApplicationsTable.Row carried = full.row(ApplicationsTable.CARRIED_OVER);
        rows.set(
                1,
                new ApplicationsTable.Row(
                        carried.code(), carried.label(), carried.counts().subList(0, 6)));

        List<Check> checks = check(new ApplicationsTable(full.columns(), rows), reviews());

        // a blank read as 0 also no longer matches last year's 结转下年度 总计
        assertThat(failed(checks))
                .containsExactly("COMPLETE", "COLUMN_IDENTITY", "ROW_TOTALS", "CARRY_OVER_CONTINUITY");
        assertThat(named(checks, "COMPLETE").message()).endsWith("不符 CARRIED_OVER");
        assertThat(named(checks, "COLUMN_IDENTITY").message()).contains("不符 TOTAL");
    }

    @Test
    void aMissingCellOfTableFourFailsCompleteAndNothingElse() {
        Map<ReviewGroup, Map<String, Long>> reviews = reviews();
        Map<String, Long> direct = new LinkedHashMap<>(reviews.get(ReviewGroup.LITIGATION_DIRECT));
        // 其他结果 left blank where it held 1, 总计 printed one less so the sum still agrees
        direct.remove("OTHER");
        direct.put("TOTAL", direct.get("TOTAL") - 1);
        reviews.put(ReviewGroup.LITIGATION_DIRECT, direct);

        List<Check> checks = check(fullTable(), reviews);

        assertThat(failed(checks)).containsExactly("COMPLETE");
        assertThat(named(checks, "COMPLETE").message()).endsWith("不符 LITIGATION_DIRECT");
    }

    @Test
    void aMissingGroupOfTableFourFailsComplete() {
        Map<ReviewGroup, Map<String, Long>> reviews = reviews();
        reviews.remove(ReviewGroup.LITIGATION_AFTER_RECONSIDERATION);

        List<Check> checks = check(fullTable(), reviews);

        assertThat(failed(checks)).containsExactly("COMPLETE");
        assertThat(named(checks, "COMPLETE").message()).endsWith("不符 LITIGATION_AFTER_RECONSIDERATION");
    }

    @Test
    void oneCarriedForwardCellOffBreaksItsColumnIdentityAndItsRowTotal() {
        List<Check> checks = check(plus(fullTable(), ApplicationsTable.CARRIED_FORWARD, NATURAL_PERSON, 1), reviews());

        assertThat(failed(checks)).containsExactly("COLUMN_IDENTITY", "ROW_TOTALS");
        assertThat(named(checks, "COLUMN_IDENTITY").message())
                .endsWith("不符 NATURAL_PERSON (45 ≠ 46)"); // 本年新收 40 + 上年结转 5; （七） 42 + 结转 3 + 1
        assertThat(named(checks, "ROW_TOTALS").message()).endsWith("不符 CARRIED_FORWARD");
    }

    @Test
    void aCarriedForwardCountedOneTooHighWithItsTotalInStepBreaksOnlyTheColumnIdentity() {
        ApplicationsTable table = plus(
                plus(fullTable(), ApplicationsTable.CARRIED_FORWARD, NATURAL_PERSON, 1),
                ApplicationsTable.CARRIED_FORWARD,
                TOTAL,
                1);

        List<Check> checks = check(table, reviews());

        assertThat(failed(checks)).containsExactly("COLUMN_IDENTITY");
        assertThat(named(checks, "COLUMN_IDENTITY").message())
                .contains("NATURAL_PERSON")
                .contains("TOTAL");
        assertThat(named(checks, "COLUMN_IDENTITY").message()).doesNotContain("COMMERCIAL_ENTERPRISE");
    }

    @Test
    void oneRowTotalOffBreaksTheRowTotalsAndTheHandledTotalOfTheTotalColumn() {
        List<Check> checks = check(plus(fullTable(), Outcome.WITHHELD_STATE_SECRET.name(), TOTAL, 1), reviews());

        assertThat(failed(checks)).containsExactly("ROW_TOTALS", "HANDLED_TOTAL");
        assertThat(named(checks, "ROW_TOTALS").message()).endsWith("不符 WITHHELD_STATE_SECRET");
        assertThat(named(checks, "HANDLED_TOTAL").message()).endsWith("不符 TOTAL");
    }

    @Test
    void aCountBookedUnderAnotherOutcomeWithoutMovingTheRowTotalsBreaksOnlyTheRowTotals() {
        // one 自然人 moved from （六）3 to （一）: the column still adds up, the two rows' 总计 do not
        ApplicationsTable table = plus(
                plus(fullTable(), Outcome.DISCLOSED.name(), NATURAL_PERSON, 1),
                Outcome.OTHER.name(),
                NATURAL_PERSON,
                -1);

        List<Check> checks = check(table, reviews());

        assertThat(failed(checks)).containsExactly("ROW_TOTALS");
        assertThat(named(checks, "ROW_TOTALS").message()).endsWith("不符 DISCLOSED, OTHER");
    }

    @Test
    void oneOutcomeCellOffBreaksTheHandledTotalOfItsColumnAndItsRowTotal() {
        List<Check> checks =
                check(plus(fullTable(), Outcome.NOT_PROCESSED_DUPLICATE.name(), COMMERCIAL_ENTERPRISE, 1), reviews());

        assertThat(failed(checks)).containsExactly("ROW_TOTALS", "HANDLED_TOTAL");
        assertThat(named(checks, "HANDLED_TOTAL").message()).endsWith("不符 COMMERCIAL_ENTERPRISE");
        assertThat(named(checks, "ROW_TOTALS").message()).endsWith("不符 NOT_PROCESSED_DUPLICATE");
    }

    @Test
    void anOutcomeCountedOneTooHighWithItsRowTotalInStepBreaksOnlyTheHandledTotal() {
        ApplicationsTable table = plus(
                plus(fullTable(), Outcome.NOT_PROCESSED_DUPLICATE.name(), COMMERCIAL_ENTERPRISE, 1),
                Outcome.NOT_PROCESSED_DUPLICATE.name(),
                TOTAL,
                1);

        List<Check> checks = check(table, reviews());

        assertThat(failed(checks)).containsExactly("HANDLED_TOTAL");
        assertThat(named(checks, "HANDLED_TOTAL").message()).endsWith("不符 COMMERCIAL_ENTERPRISE, TOTAL");
    }

    @Test
    void oneTableFourTotalOffBreaksOnlyTheReviewTotals() {
        Map<ReviewGroup, Map<String, Long>> reviews = reviews();
        reviews.get(ReviewGroup.RECONSIDERATION).put("TOTAL", 8L);

        List<Check> checks = check(fullTable(), reviews);

        assertThat(failed(checks)).containsExactly("REVIEW_TOTALS");
        assertThat(named(checks, "REVIEW_TOTALS").message()).endsWith("不符 RECONSIDERATION");
    }

    @Test
    void oneTableFourPartOffBreaksOnlyTheReviewTotalsOfItsGroup() {
        Map<ReviewGroup, Map<String, Long>> reviews = reviews();
        reviews.get(ReviewGroup.LITIGATION_AFTER_RECONSIDERATION).put("PENDING", 4L);

        List<Check> checks = check(fullTable(), reviews);

        assertThat(failed(checks)).containsExactly("REVIEW_TOTALS");
        assertThat(named(checks, "REVIEW_TOTALS").message()).endsWith("不符 LITIGATION_AFTER_RECONSIDERATION");
    }

    @Test
    void aNegativeCellOfTableThreeWhoseSumsAllAgreeBreaksOnlyNonNegative() {
        // 一、本年新收 自然人 one lower and 四、结转下年度 自然人 one lower, their 总计 in step: every identity still holds
        ApplicationsTable table = fullTable();
        long forward = table.row(ApplicationsTable.CARRIED_FORWARD).column(NATURAL_PERSON);
        table = plus(table, "RECEIVED", NATURAL_PERSON, -(forward + 1));
        table = plus(table, "RECEIVED", TOTAL, -(forward + 1));
        table = plus(table, ApplicationsTable.CARRIED_FORWARD, NATURAL_PERSON, -(forward + 1));
        table = plus(table, ApplicationsTable.CARRIED_FORWARD, TOTAL, -(forward + 1));
        assertThat(table.row(ApplicationsTable.CARRIED_FORWARD).column(NATURAL_PERSON))
                .isEqualTo(-1);

        List<Check> checks = check(table, reviews());

        assertThat(failed(checks)).containsExactly("NON_NEGATIVE");
    }

    @Test
    void aNegativeCellOfTableFourWhoseTotalAgreesBreaksOnlyNonNegative() {
        Map<ReviewGroup, Map<String, Long>> reviews = reviews();
        reviews.put(ReviewGroup.LITIGATION_DIRECT, cells(2, 3, -1, 3, 7));

        assertThat(failed(check(fullTable(), reviews))).containsExactly("NON_NEGATIVE");
    }

    @Test
    void eachNegativeFigureOfTableTwoBreaksOnlyNonNegative() {
        List<ProactiveTable> negatives = List.of(
                proactive(12, 23, -1),
                new ProactiveTable(
                        DOCUMENTS.rules(),
                        DOCUMENTS.normativeDocuments(),
                        4,
                        -6,
                        7,
                        DOCUMENTS.administrativeFeesYuan()),
                new ProactiveTable(
                        DOCUMENTS.rules(),
                        DOCUMENTS.normativeDocuments(),
                        4,
                        6,
                        -7,
                        DOCUMENTS.administrativeFeesYuan()),
                new ProactiveTable(
                        DOCUMENTS.rules(), DOCUMENTS.normativeDocuments(), 4, 6, 7, new BigDecimal("-0.01")));
        for (ProactiveTable proactive : negatives) {
            assertThat(failed(check(fullTable(), reviews(), proactive)))
                    .as(proactive.toString())
                    .containsExactly("NON_NEGATIVE");
        }
    }

    @Test
    void negativeDocumentsInForceBreakNonNegativeAndTheirContinuity() {
        ProactiveTable rulesNegative = proactive(-1, 23, 4);
        ProactiveTable normativeNegative = proactive(12, -1, 4);

        List<Check> rules = check(fullTable(), reviews(), rulesNegative);
        List<Check> normative = check(fullTable(), reviews(), normativeNegative);

        assertThat(failed(rules)).containsExactly("NON_NEGATIVE", "DOCUMENTS_IN_FORCE_CONTINUITY");
        assertThat(named(rules, "DOCUMENTS_IN_FORCE_CONTINUITY").message()).endsWith("不符 RULE");
        assertThat(failed(normative)).containsExactly("NON_NEGATIVE", "DOCUMENTS_IN_FORCE_CONTINUITY");
        assertThat(named(normative, "DOCUMENTS_IN_FORCE_CONTINUITY").message()).endsWith("不符 NORMATIVE_DOCUMENT");
    }

    @Test
    void aCarryOverOneOffLastYearsCarryForwardWarnsAndNamesItsColumn() {
        // 上年结转 商业企业 one higher than last year's 结转下年度, with 本年新收 one lower so this year adds up
        ApplicationsTable table = fullTable();
        table = plus(table, ApplicationsTable.CARRIED_OVER, COMMERCIAL_ENTERPRISE, 1);
        table = plus(table, ApplicationsTable.CARRIED_OVER, TOTAL, 1);
        table = plus(table, "RECEIVED", COMMERCIAL_ENTERPRISE, -1);
        table = plus(table, "RECEIVED", TOTAL, -1);

        List<Check> checks = check(table, reviews());

        assertThat(failed(checks)).containsExactly("CARRY_OVER_CONTINUITY");
        assertThat(named(checks, "CARRY_OVER_CONTINUITY").message()).endsWith("不符 COMMERCIAL_ENTERPRISE, TOTAL");
        assertThat(named(checks, "CARRY_OVER_CONTINUITY").severity()).isEqualTo(Check.Severity.WARNING);
    }

    @Test
    void aDocumentsInForceCountOneOffWarnsAndNamesItsKind() {
        List<Check> rules = check(fullTable(), reviews(), proactive(13, 23, 4));
        List<Check> normative = check(fullTable(), reviews(), proactive(12, 22, 4));

        assertThat(failed(rules)).containsExactly("DOCUMENTS_IN_FORCE_CONTINUITY");
        assertThat(named(rules, "DOCUMENTS_IN_FORCE_CONTINUITY").message()).endsWith("不符 RULE");
        assertThat(failed(normative)).containsExactly("DOCUMENTS_IN_FORCE_CONTINUITY");
        assertThat(named(normative, "DOCUMENTS_IN_FORCE_CONTINUITY").message()).endsWith("不符 NORMATIVE_DOCUMENT");
    }
}
