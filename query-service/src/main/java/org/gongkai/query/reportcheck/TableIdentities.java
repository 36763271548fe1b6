package org.gongkai.query.reportcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.events.application.Outcome;
import org.gongkai.query.statistics.ApplicationsTable;

/**
 * The hard identities of DOMAIN.md §6.9 over uploaded tables, one finding per broken cell: every cell present and
 * a non-negative integer; per row 总计 = the six columns; per column （七）总计 = the 21 outcome rows; per column
 * 一 + 二 = （七） + 四; table 四 each 总计 = its four parts. A blank cell counts as 0 in the sums (and is reported).
 */
final class TableIdentities {

    private TableIdentities() {}

    static List<Finding> of(UploadedTables tables) {
        List<Finding> findings = new ArrayList<>();
        complete(tables, findings);
        rowTotals(tables, findings);
        handledTotals(tables, findings);
        columnIdentity(tables, findings);
        reviewTotals(tables, findings);
        return findings;
    }

    private static void complete(UploadedTables tables, List<Finding> findings) {
        UploadedTables.ROW_LABELS.forEach((code, label) -> {
            List<Long> cells = tables.applications().get(code);
            for (int c = 0; c < UploadedTables.COLUMNS.size(); c++) {
                Long value = cells == null || c >= cells.size() ? null : cells.get(c);
                cell(findings, "三", label, UploadedTables.columnLabel(c), value);
            }
        });
        UploadedTables.REVIEW_GROUPS.forEach((group, label) -> {
            Map<String, Long> cells = tables.reviews().getOrDefault(group, Map.of());
            for (String cell : UploadedTables.REVIEW_CELLS) {
                cell(findings, "四", label, UploadedTables.REVIEW_CELL_LABELS.get(cell), cells.get(cell));
            }
        });
    }

    private static void cell(List<Finding> findings, String table, String row, String column, Long value) {
        if (value == null) {
            findings.add(new Finding(
                    "COMPLETE",
                    table,
                    row,
                    column,
                    null,
                    null,
                    "表" + table + "“" + row + "”“" + column + "”为空：无数据也应填0"));
        } else if (value < 0) {
            findings.add(new Finding(
                    "NON_NEGATIVE",
                    table,
                    row,
                    column,
                    value,
                    null,
                    "表" + table + "“" + row + "”“" + column + "”为" + value + "：必须是非负整数"));
        }
    }

    private static void rowTotals(UploadedTables tables, List<Finding> findings) {
        int total = UploadedTables.COLUMNS.size() - 1;
        UploadedTables.ROW_LABELS.forEach((code, label) -> {
            long sum = 0;
            for (int c = 0; c < total; c++) {
                sum += value(tables, code, c);
            }
            compare(findings, "ROW_TOTALS", "三", label, "总计", cell(tables, code, total), sum, "六类申请人之和");
        });
    }

    private static void handledTotals(UploadedTables tables, List<Finding> findings) {
        for (int c = 0; c < UploadedTables.COLUMNS.size(); c++) {
            long sum = 0;
            for (Outcome outcome : Outcome.values()) {
                sum += value(tables, outcome.name(), c);
            }
            compare(
                    findings,
                    "HANDLED_TOTAL",
                    "三",
                    label(ApplicationsTable.TOTAL_HANDLED),
                    UploadedTables.columnLabel(c),
                    cell(tables, ApplicationsTable.TOTAL_HANDLED, c),
                    sum,
                    "21项办理结果之和");
        }
    }

    private static void columnIdentity(UploadedTables tables, List<Finding> findings) {
        for (int c = 0; c < UploadedTables.COLUMNS.size(); c++) {
            long left = value(tables, "RECEIVED", c) + value(tables, ApplicationsTable.CARRIED_OVER, c);
            long handled = value(tables, ApplicationsTable.TOTAL_HANDLED, c);
            long forward = value(tables, ApplicationsTable.CARRIED_FORWARD, c);
            if (left != handled + forward) {
                findings.add(new Finding(
                        "COLUMN_IDENTITY",
                        "三",
                        label(ApplicationsTable.CARRIED_FORWARD),
                        UploadedTables.columnLabel(c),
                        forward,
                        left - handled,
                        "表三“" + UploadedTables.columnLabel(c) + "”列：一、本年新收 + 二、上年结转 = " + left + "，（七）总计 + 四、结转下年度 = "
                                + (handled + forward) + "，应相等"));
            }
        }
    }

    private static void reviewTotals(UploadedTables tables, List<Finding> findings) {
        UploadedTables.REVIEW_GROUPS.forEach((group, label) -> {
            Map<String, Long> cells = tables.reviews().getOrDefault(group, Map.of());
            long sum = 0;
            for (String cell : UploadedTables.REVIEW_CELLS.subList(0, 4)) {
                Long value = cells.get(cell);
                sum += value == null ? 0 : value;
            }
            compare(findings, "REVIEW_TOTALS", "四", label, "总计", cells.get("TOTAL"), sum, "结果维持、结果纠正、其他结果、尚未审结之和");
        });
    }

    private static void compare(
            List<Finding> findings,
            String check,
            String table,
            String row,
            String column,
            Long printed,
            long expected,
            String parts) {
        long actual = printed == null ? 0 : printed;
        if (actual != expected) {
            findings.add(new Finding(
                    check,
                    table,
                    row,
                    column,
                    printed,
                    expected,
                    "表" + table + "“" + row + "”“" + column + "”印为" + (printed == null ? "空白" : printed) + "，" + parts
                            + "为" + expected + "，应相等"));
        }
    }

    private static Long cell(UploadedTables tables, String code, int column) {
        List<Long> cells = tables.applications().get(code);
        return cells == null || column >= cells.size() ? null : cells.get(column);
    }

    private static long value(UploadedTables tables, String code, int column) {
        Long value = cell(tables, code, column);
        return value == null ? 0 : value;
    }

    private static String label(String code) {
        return UploadedTables.ROW_LABELS.getOrDefault(code, code);
    }
}
