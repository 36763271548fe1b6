package org.gongkai.query.reportcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.events.application.Outcome;
import org.junit.jupiter.api.Test;

/**
 * Issue 21 item 3: every identity of DOMAIN.md §6.9 that {@link TableIdentities} checks on an uploaded report, shown
 * failing by one cell, with the exact findings (rule, row, column, printed, expected) and nothing else. The starting
 * tables are written out here, not computed by the production counting: every cell of the 25 × 7 layout and of
 * table 四 is non-zero, so no identity holds merely because its parts are 0.
 */
class EveryTableIdentityFailsTest {

    static final String RECEIVED = "一、本年新收政府信息公开申请数量";
    static final String CARRIED_OVER = "二、上年结转政府信息公开申请数量";
    static final String TOTAL_HANDLED = "（七）总计";
    static final String CARRIED_FORWARD = "四、结转下年度继续办理";
    static final String DISCLOSED = "（一）予以公开";
    static final String OTHER = "3.其他";

    static final int NATURAL_PERSON = 0;
    static final int COMMERCIAL = 1;
    static final int TOTAL = 6;

    /**
     * Table 三 with no zero: outcome row j (0–20), applicant column i (0–5) holds 1 + (i + j) % 3; 上年结转 is 5 + i;
     * 结转下年度 is 3 + i; 本年新收 is what makes 一 + 二 = （七） + 四. Every column's （七） = 21 + 7 × (0 + 1 + 2) = 42 (252 in
     * 总计), every outcome row's 总计 = 6 + 2 × 3 = 12; 自然人 本年新收 = 42 + 3 − 5 = 40.
     */
    static Map<String, List<Long>> tableThree() {
        Map<String, List<Long>> rows = new LinkedHashMap<>();
        long[][] outcomes = new long[21][7];
        long[] handled = new long[7];
        for (int j = 0; j < 21; j++) {
            for (int i = 0; i < 6; i++) {
                outcomes[j][i] = 1 + (i + j) % 3;
                outcomes[j][TOTAL] += outcomes[j][i];
                handled[i] += outcomes[j][i];
            }
            handled[TOTAL] += outcomes[j][TOTAL];
        }
        long[] opening = new long[7];
        long[] forward = new long[7];
        long[] received = new long[7];
        for (int i = 0; i < 6; i++) {
            opening[i] = 5 + i;
            forward[i] = 3 + i;
            received[i] = handled[i] + forward[i] - opening[i];
            opening[TOTAL] += opening[i];
            forward[TOTAL] += forward[i];
            received[TOTAL] += received[i];
        }
        rows.put("RECEIVED", list(received));
        rows.put("CARRIED_OVER", list(opening));
        for (Outcome outcome : Outcome.values()) {
            rows.put(outcome.name(), list(outcomes[outcome.ordinal()]));
        }
        rows.put("TOTAL_HANDLED", list(handled));
        rows.put("CARRIED_FORWARD", list(forward));
        return rows;
    }

    static Map<String, Map<String, Long>> tableFour() {
        Map<String, Map<String, Long>> reviews = new LinkedHashMap<>();
        reviews.put("RECONSIDERATION", cells(1L, 2L, 1L, 3L, 7L));
        reviews.put("LITIGATION_DIRECT", cells(2L, 3L, 1L, 3L, 9L));
        reviews.put("LITIGATION_AFTER_RECONSIDERATION", cells(3L, 4L, 1L, 3L, 11L));
        return reviews;
    }

    static Map<String, Long> cells(Long upheld, Long corrected, Long other, Long pending, Long total) {
        Map<String, Long> cells = new LinkedHashMap<>();
        cells.put("UPHELD", upheld);
        cells.put("CORRECTED", corrected);
        cells.put("OTHER", other);
        cells.put("PENDING", pending);
        cells.put("TOTAL", total);
        return cells;
    }

    static List<Long> list(long[] counts) {
        List<Long> list = new ArrayList<>();
        for (long count : counts) {
            list.add(count);
        }
        return list;
    }

    static List<Finding> check(Map<String, List<Long>> three, Map<String, Map<String, Long>> four) {
        return TableIdentities.of(new UploadedTables(three, four));
    }

    static void set(Map<String, List<Long>> three, String code, int column, Long value) {
        three.get(code).set(column, value);
    }

    static void add(Map<String, List<Long>> three, String code, int column, long delta) {
        three.get(code).set(column, three.get(code).get(column) + delta);
    }

    @Test
    void theStartingTablesFillTheNationalLayoutWithoutAZeroAndPass() {
        Map<String, List<Long>> three = tableThree();

        assertThat(three.keySet()).containsExactlyElementsOf(UploadedTables.ROW_LABELS.keySet());
        assertThat(three).hasSize(25);
        three.forEach((code, cells) -> assertThat(cells).as(code).hasSize(7).doesNotContain(0L));
        assertThat(three.get("RECEIVED").get(NATURAL_PERSON)).isEqualTo(40L);
        assertThat(check(three, tableFour())).isEmpty();
    }

    @Test
    void aBlankCellIsNamedAndReadAsZeroInTheSumsItFeeds() {
        Map<String, List<Long>> three = tableThree();
        set(three, Outcome.DISCLOSED.name(), COMMERCIAL, null); // was 2; every outcome row adds up to 12

        assertThat(check(three, tableFour()))
                .extracting(Finding::check, Finding::row, Finding::column, Finding::printed, Finding::expected)
                .containsExactly(
                        tuple("COMPLETE", DISCLOSED, "商业企业", null, null),
                        tuple("ROW_TOTALS", DISCLOSED, "总计", 12L, 10L),
                        tuple("HANDLED_TOTAL", TOTAL_HANDLED, "商业企业", 42L, 40L));
    }

    @Test
    void aBlankCellThatShouldHaveBeenZeroBreaksOnlyCompleteness() {
        Map<String, Map<String, Long>> four = tableFour();
        four.put("LITIGATION_DIRECT", cells(2L, 3L, null, 3L, 8L));

        assertThat(check(tableThree(), four))
                .extracting(Finding::check, Finding::table, Finding::row, Finding::column)
                .containsExactly(tuple("COMPLETE", "四", "行政诉讼（未经复议直接起诉）", "其他结果"));
    }

    @Test
    void aMissingRowNamesEachOfItsSevenCells() {
        Map<String, List<Long>> three = tableThree();
        three.remove("CARRIED_OVER");

        List<Finding> findings = check(three, tableFour());

        assertThat(findings)
                .filteredOn(f -> f.check().equals("COMPLETE"))
                .extracting(Finding::row, Finding::column)
                .containsExactly(
                        tuple(CARRIED_OVER, "自然人"),
                        tuple(CARRIED_OVER, "商业企业"),
                        tuple(CARRIED_OVER, "科研机构"),
                        tuple(CARRIED_OVER, "社会公益组织"),
                        tuple(CARRIED_OVER, "法律服务机构"),
                        tuple(CARRIED_OVER, "其他"),
                        tuple(CARRIED_OVER, "总计"));
        // and with 上年结转 read as 0 no column adds up
        assertThat(findings)
                .filteredOn(f -> f.check().equals("COLUMN_IDENTITY"))
                .hasSize(7);
        assertThat(findings).hasSize(14);
    }

    @Test
    void aNegativeCellWhoseSumsAgreeBreaksOnlyNonNegative() {
        // 本年新收 and 结转下年度 of 自然人 both 4 lower (with their 总计): every sum holds, 结转 is −1
        Map<String, List<Long>> three = tableThree();
        add(three, "RECEIVED", NATURAL_PERSON, -4);
        add(three, "RECEIVED", TOTAL, -4);
        add(three, "CARRIED_FORWARD", NATURAL_PERSON, -4);
        add(three, "CARRIED_FORWARD", TOTAL, -4);

        assertThat(check(three, tableFour()))
                .extracting(Finding::check, Finding::table, Finding::row, Finding::column, Finding::printed)
                .containsExactly(tuple("NON_NEGATIVE", "三", CARRIED_FORWARD, "自然人", -1L));
    }

    @Test
    void aNegativeCellOfTableFourWhoseTotalAgreesBreaksOnlyNonNegative() {
        Map<String, Map<String, Long>> four = tableFour();
        four.put("RECONSIDERATION", cells(1L, 2L, -1L, 3L, 5L));

        assertThat(check(tableThree(), four))
                .extracting(Finding::check, Finding::table, Finding::row, Finding::column, Finding::printed)
                .containsExactly(tuple("NON_NEGATIVE", "四", "行政复议", "其他结果", -1L));
    }

    @Test
    void oneRowTotalOffIsNamedWithItsSumAndBreaksTheHandledTotalOfTheTotalColumn() {
        Map<String, List<Long>> three = tableThree();
        add(three, Outcome.OTHER.name(), TOTAL, 1); // row j = 20: 3+1+2+3+1+2 = 12, printed 13

        assertThat(check(three, tableFour()))
                .extracting(Finding::check, Finding::row, Finding::column, Finding::printed, Finding::expected)
                .containsExactly(
                        tuple("ROW_TOTALS", OTHER, "总计", 13L, 12L),
                        tuple("HANDLED_TOTAL", TOTAL_HANDLED, "总计", 252L, 253L));
    }

    @Test
    void twoRowTotalsOffInOppositeDirectionsBreakOnlyTheRowTotals() {
        Map<String, List<Long>> three = tableThree();
        add(three, Outcome.DISCLOSED.name(), TOTAL, 1);
        add(three, Outcome.OTHER.name(), TOTAL, -1);

        assertThat(check(three, tableFour()))
                .extracting(Finding::check, Finding::row, Finding::printed, Finding::expected)
                .containsExactly(tuple("ROW_TOTALS", DISCLOSED, 13L, 12L), tuple("ROW_TOTALS", OTHER, 11L, 12L));
    }

    @Test
    void anOutcomeOneTooHighWithItsRowTotalInStepBreaksOnlyTheHandledTotalOfItsColumnAndTheTotalColumn() {
        Map<String, List<Long>> three = tableThree();
        add(three, Outcome.NOT_PROCESSED_DUPLICATE.name(), COMMERCIAL, 1);
        add(three, Outcome.NOT_PROCESSED_DUPLICATE.name(), TOTAL, 1);

        assertThat(check(three, tableFour()))
                .extracting(Finding::check, Finding::row, Finding::column, Finding::printed, Finding::expected)
                .containsExactly(
                        tuple("HANDLED_TOTAL", TOTAL_HANDLED, "商业企业", 42L, 43L),
                        tuple("HANDLED_TOTAL", TOTAL_HANDLED, "总计", 252L, 253L));
    }

    @Test
    void aCarriedForwardOneTooHighWithItsRowTotalInStepBreaksOnlyTheColumnIdentity() {
        Map<String, List<Long>> three = tableThree();
        add(three, "CARRIED_FORWARD", NATURAL_PERSON, 1);
        add(three, "CARRIED_FORWARD", TOTAL, 1);

        List<Finding> findings = check(three, tableFour());

        assertThat(findings)
                .extracting(Finding::check, Finding::row, Finding::column, Finding::printed, Finding::expected)
                .containsExactly(
                        tuple("COLUMN_IDENTITY", CARRIED_FORWARD, "自然人", 4L, 3L),
                        tuple("COLUMN_IDENTITY", CARRIED_FORWARD, "总计", 34L, 33L));
        assertThat(findings.get(0).message()).isEqualTo("表三“自然人”列：一、本年新收 + 二、上年结转 = 45，（七）总计 + 四、结转下年度 = 46，应相等");
    }

    @Test
    void aReceivedCountOneOffBreaksItsColumnIdentityAndItsRowTotal() {
        Map<String, List<Long>> three = tableThree();
        add(three, "RECEIVED", COMMERCIAL, -1);

        assertThat(check(three, tableFour()))
                .extracting(Finding::check, Finding::column)
                .containsExactly(tuple("ROW_TOTALS", "总计"), tuple("COLUMN_IDENTITY", "商业企业"));
    }

    @Test
    void oneTableFourTotalOffBreaksOnlyItsReviewTotal() {
        Map<String, Map<String, Long>> four = tableFour();
        four.get("LITIGATION_AFTER_RECONSIDERATION").put("TOTAL", 10L);

        assertThat(check(tableThree(), four))
                .extracting(
                        Finding::check,
                        Finding::table,
                        Finding::row,
                        Finding::column,
                        Finding::printed,
                        Finding::expected)
                .containsExactly(tuple("REVIEW_TOTALS", "四", "行政诉讼（复议后起诉）", "总计", 10L, 11L));
    }

    @Test
    void oneTableFourPartOffBreaksOnlyItsReviewTotal() {
        Map<String, Map<String, Long>> four = tableFour();
        four.get("RECONSIDERATION").put("UPHELD", 2L);

        assertThat(check(tableThree(), four))
                .extracting(Finding::check, Finding::row, Finding::printed, Finding::expected)
                .containsExactly(tuple("REVIEW_TOTALS", "行政复议", 7L, 8L));
    }
}
