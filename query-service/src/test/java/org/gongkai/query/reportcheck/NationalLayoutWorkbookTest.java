package org.gongkai.query.reportcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NationalLayoutWorkbookTest {

    /**
     * A consistent table 三 worked out here: received 一 and carried over 二 per applicant column, one outcome per
     * column spread over rows, （七） their sum, 四 = 一 + 二 − （七）, each row's 总计 the sum of its six cells.
     */
    static List<List<Long>> consistentTable3() {
        long[][] six = new long[25][6];
        six[0] = new long[] {40, 7, 1, 2, 1, 3};
        six[1] = new long[] {3, 1, 0, 0, 0, 0};
        for (int outcome = 2; outcome <= 22; outcome++) {
            for (int c = 0; c < 2; c++) {
                six[outcome][c] = (outcome + c) % 3 == 0 ? 1 : 0; // seven rows each in the two large columns
            }
        }
        for (int c = 2; c < 6; c++) {
            six[2 + 4 * c][c] = 1; // one answer each in the small columns, on rows of different groups
        }
        six[2][0] += 10; // 予以公开, 自然人
        for (int c = 0; c < 6; c++) {
            long handled = 0;
            for (int outcome = 2; outcome <= 22; outcome++) {
                handled += six[outcome][c];
            }
            six[23][c] = handled;
            six[24][c] = six[0][c] + six[1][c] - handled;
        }
        List<List<Long>> rows = new ArrayList<>();
        for (long[] row : six) {
            List<Long> cells = new ArrayList<>();
            Arrays.stream(row).forEach(cells::add);
            cells.add(Arrays.stream(row).sum());
            rows.add(cells);
        }
        return rows;
    }

    static List<Long> consistentTable4() {
        return new ArrayList<>(List.of(1L, 1L, 0L, 1L, 3L, 2L, 0L, 1L, 0L, 3L, 0L, 0L, 0L, 1L, 1L));
    }

    @Test
    void readsEveryCellOfTheNationalLayoutAndFindsNothingWrongInAConsistentReport() {
        List<List<Long>> table3 = consistentTable3();
        UploadedTables tables = NationalLayoutWorkbook.read(
                NationalLayoutSheet.workbook(table3, consistentTable4(), NationalLayoutSheet.printedOrder()));

        assertThat(tables.applications()).hasSize(25);
        List<String> codes = new ArrayList<>(UploadedTables.ROW_LABELS.keySet());
        for (int r = 0; r < 25; r++) {
            assertThat(tables.applications().get(codes.get(r)))
                    .as("row %d %s", r + 1, codes.get(r))
                    .isEqualTo(table3.get(r));
        }
        assertThat(tables.reviews().get("LITIGATION_DIRECT"))
                .containsEntry("UPHELD", 2L)
                .containsEntry("OTHER", 1L)
                .containsEntry("TOTAL", 3L);
        assertThat(TableIdentities.of(tables)).isEmpty();
    }

    @Test
    void findsTheHongzeStyleErrorATable4TotalThatIsNotTheSumOfItsCells() {
        List<Long> table4 = consistentTable4();
        table4.set(4, 4L); // 行政复议 总计 printed 4, its cells sum to 3
        table4.set(14, 0L); // 复议后起诉 总计 printed 0, its cells sum to 1

        List<Finding> findings = TableIdentities.of(NationalLayoutWorkbook.read(
                NationalLayoutSheet.workbook(consistentTable3(), table4, NationalLayoutSheet.printedOrder())));

        assertThat(findings)
                .extracting(
                        Finding::check,
                        Finding::table,
                        Finding::row,
                        Finding::column,
                        Finding::printed,
                        Finding::expected)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("REVIEW_TOTALS", "四", "行政复议", "总计", 4L, 3L),
                        org.assertj.core.groups.Tuple.tuple("REVIEW_TOTALS", "四", "行政诉讼（复议后起诉）", "总计", 0L, 1L));
    }

    @Test
    void aBlankCellAndABrokenRowTotalAreEachNamedByTheirPrintedRowAndColumn() {
        List<List<Long>> table3 = consistentTable3();
        table3.get(16).set(2, null); // 2.重复申请, 科研机构 left blank (it was 0)
        table3.get(0).set(6, table3.get(0).get(6) + 1); // 本年新收 总计 one too many

        List<Finding> findings = TableIdentities.of(NationalLayoutWorkbook.read(
                NationalLayoutSheet.workbook(table3, consistentTable4(), NationalLayoutSheet.printedOrder())));

        assertThat(findings).anySatisfy(f -> {
            assertThat(f.check()).isEqualTo("COMPLETE");
            assertThat(f.row()).isEqualTo("2.重复申请");
            assertThat(f.column()).isEqualTo("科研机构");
        });
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.check()).isEqualTo("ROW_TOTALS");
            assertThat(f.row()).isEqualTo("一、本年新收政府信息公开申请数量");
            assertThat(f.printed()).isEqualTo(table3.get(0).get(6));
            assertThat(f.expected()).isEqualTo(table3.get(0).get(6) - 1);
        });
    }

    @Test
    void rowsOutOfTheNationalOrderAreRefusedNamingTheRowRatherThanMisread() {
        List<Integer> order = NationalLayoutSheet.printedOrder();
        order.set(5, 6); // 3.危及 printed where 2.其他法律行政法规禁止公开 belongs
        order.set(6, 5);

        byte[] workbook = NationalLayoutSheet.workbook(consistentTable3(), consistentTable4(), order);

        assertThatThrownBy(() -> NationalLayoutWorkbook.read(workbook))
                .isInstanceOf(UnreadableUpload.class)
                .satisfies(e -> {
                    var problem = ((UnreadableUpload) e).getBody();
                    assertThat(problem.getProperties()).containsEntry("field", "row 10");
                    assertThat(problem.getDetail()).contains("2.其他法律行政法规禁止公开");
                });
    }

    @Test
    void aMissingRowAndAFileThatIsNoWorkbookAreRefusedWithTheirReason() {
        List<Integer> order = NationalLayoutSheet.printedOrder();
        order.remove(24);
        byte[] short24 = NationalLayoutSheet.workbook(consistentTable3(), consistentTable4(), order);

        assertThatThrownBy(() -> NationalLayoutWorkbook.read(short24))
                .isInstanceOf(UnreadableUpload.class)
                .hasMessageContaining("四、结转下年度继续办理");
        assertThatThrownBy(() -> NationalLayoutWorkbook.read("一,二,三".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableUpload.class)
                .satisfies(e -> assertThat(((UnreadableUpload) e).getBody().getProperties())
                        .containsEntry("field", "body"));
    }

    @Test
    void keysIgnoreNumberingNotesPeriodWordsAndPunctuation() {
        assertThat(NationalLayoutWorkbook.key("（二）部分公开（区分处理的，只计这一情形，不计其他情形）")).isEqualTo("部分公开");
        assertThat(NationalLayoutWorkbook.key("一、本季度新收政府信息公开申请数量"))
                .isEqualTo(NationalLayoutWorkbook.key("一、本年新收政府信息公开申请数量"));
        assertThat(NationalLayoutWorkbook.normalise("3.危及\"三安全一稳定\""))
                .contains(NationalLayoutWorkbook.key("3.危及“三安全一稳定”"));
    }
}
