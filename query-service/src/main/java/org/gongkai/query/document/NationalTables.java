package org.gongkai.query.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.Outcome;
import org.gongkai.events.application.OutcomeGroup;
import org.gongkai.query.document.Layout.Cell;
import org.gongkai.query.document.Layout.Table;
import org.gongkai.query.proactive.ProactiveTable;
import org.gongkai.query.report.NationalFormat;
import org.gongkai.query.review.ReviewCell;
import org.gongkai.query.review.ReviewGroup;
import org.gongkai.query.statistics.ApplicationsTable;

/**
 * Tables 二, 三 and 四 in the national layout, with the labels printed exactly as the format prints them
 * (国办公开办函〔2021〕30号; the 2019 trial format 国办公开办函〔2019〕60号 for report years 2019–2020).
 */
final class NationalTables {

    static final String CHECK_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    static final String HANDLING_RESULTS = "三、本年度办理结果";
    /** Key of {@link #HANDLING_RESULTS} in a label override map (the quarterly report prints its own). */
    static final String HANDLING_RESULTS_CODE = "HANDLING_RESULTS";
    /** The 2019 trial format prints （六）其他处理 as one row: the sum of the three 2021 leaves. */
    static final String OTHER_HANDLING_2019 = "OTHER_HANDLING";

    static final String[] REVIEW_CELLS = ReviewCell.labels().toArray(String[]::new);
    static final String[] REVIEW_CODES = ReviewCell.codes().toArray(String[]::new);

    private static final List<Integer> TABLE_TWO_WIDTHS = List.of(3000, 2000, 2000, 2000);
    private static final List<Integer> TABLE_THREE_WIDTHS = List.of(560, 1240, 2800, 620, 620, 620, 620, 620, 620, 700);
    private static final int REVIEW_WIDTH = 600;

    private NationalTables() {}

    static Table proactive(ProactiveTable table, String format) {
        return NationalFormat.of(format) == NationalFormat.FORMAT_2021 ? proactive2021(table) : proactive2019(table);
    }

    private static Table proactive2021(ProactiveTable t) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.header("第二十条第（一）项", 4, 1)));
        rows.add(List.of(Cell.header("信息内容"), Cell.header("本年制发件数"), Cell.header("本年废止件数"), Cell.header("现行有效件数")));
        rows.add(documents("规章", t.rules()));
        rows.add(documents("行政规范性文件", t.normativeDocuments()));
        rows.add(List.of(Cell.header("第二十条第（五）项", 4, 1)));
        rows.add(List.of(Cell.header("信息内容"), Cell.header("本年处理决定数量", 3, 1)));
        // One number cell spanning the three columns: the input document's three-cell 行政许可 row is a slip.
        rows.add(List.of(Cell.label("行政许可"), Cell.number(Long.toString(t.licensing()), 3)));
        rows.add(List.of(Cell.header("第二十条第（六）项", 4, 1)));
        rows.add(List.of(Cell.header("信息内容"), Cell.header("本年处理决定数量", 3, 1)));
        rows.add(List.of(Cell.label("行政处罚"), Cell.number(Long.toString(t.penalty()), 3)));
        rows.add(List.of(Cell.label("行政强制"), Cell.number(Long.toString(t.enforcement()), 3)));
        rows.add(List.of(Cell.header("第二十条第（八）项", 4, 1)));
        rows.add(List.of(Cell.header("信息内容"), Cell.header("本年收费金额（单位：万元）", 3, 1)));
        rows.add(List.of(Cell.label("行政事业性收费"), Cell.number(t.administrativeFeesTenThousandYuan(), 3)));
        return new Table("二", TABLE_TWO_WIDTHS, 0, 10.5, rows);
    }

    private static List<Cell> documents(String label, ProactiveTable.Documents documents) {
        return List.of(
                Cell.label(label),
                Cell.number(documents.issued()),
                Cell.number(documents.repealed()),
                Cell.number(documents.inForce()));
    }

    /**
     * Table 二 of the 2019 trial format. Unsure, so stated: the read model records documents issued, repealed and
     * in force, and decision counts; it maps 本年新制作数量 and 本年新公开数量 to documents issued (they are
     * disclosed when issued) and 对外公开总数量 to documents in force. Item counts (上一年项目数量, 本年增/减),
     * 其他对外管理服务事项 and 政府集中采购 are not recorded by this system and print as "—" for staff to fill in,
     * rather than as a 0 that would claim a fact.
     */
    private static Table proactive2019(ProactiveTable t) {
        String unknown = "—";
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.header("第二十条第（一）项", 4, 1)));
        rows.add(List.of(Cell.header("信息内容"), Cell.header("本年新制作数量"), Cell.header("本年新公开数量"), Cell.header("对外公开总数量")));
        rows.add(trialDocuments("规章", t.rules()));
        rows.add(trialDocuments("规范性文件", t.normativeDocuments()));
        rows.add(List.of(Cell.header("第二十条第（五）项", 4, 1)));
        rows.add(itemsHeader());
        rows.add(items("行政许可", unknown, unknown, Long.toString(t.licensing())));
        rows.add(items("其他对外管理服务事项", unknown, unknown, unknown));
        rows.add(List.of(Cell.header("第二十条第（六）项", 4, 1)));
        rows.add(itemsHeader());
        rows.add(items("行政处罚", unknown, unknown, Long.toString(t.penalty())));
        rows.add(items("行政强制", unknown, unknown, Long.toString(t.enforcement())));
        rows.add(List.of(Cell.header("第二十条第（八）项", 4, 1)));
        rows.add(List.of(Cell.header("信息内容"), Cell.header("上一年项目数量"), Cell.header("本年增/减", 2, 1)));
        rows.add(List.of(Cell.label("行政事业性收费"), Cell.number(unknown, 1), Cell.number(unknown, 2)));
        rows.add(List.of(Cell.header("第二十条第（九）项", 4, 1)));
        rows.add(List.of(Cell.header("信息内容"), Cell.header("采购项目数量"), Cell.header("采购总金额", 2, 1)));
        rows.add(List.of(Cell.label("政府集中采购"), Cell.number(unknown, 1), Cell.number(unknown, 2)));
        return new Table("二", TABLE_TWO_WIDTHS, 0, 10.5, rows);
    }

    private static List<Cell> trialDocuments(String label, ProactiveTable.Documents documents) {
        return List.of(
                Cell.label(label),
                Cell.number(documents.issued()),
                Cell.number(documents.issued()),
                Cell.number(documents.inForce()));
    }

    private static List<Cell> itemsHeader() {
        return List.of(Cell.header("信息内容"), Cell.header("上一年项目数量"), Cell.header("本年增/减"), Cell.header("处理决定数量"));
    }

    private static List<Cell> items(String label, String before, String change, String decisions) {
        return List.of(Cell.label(label), Cell.number(before, 1), Cell.number(change, 1), Cell.number(decisions, 1));
    }

    /**
     * Table 三: a three-row header (the check note over the label columns, 申请人情况 over the seven count columns)
     * and the data rows, the outcome rows under the group label 三、本年度办理结果 and their own group labels.
     * {@code labels} replaces the printed label of a row by code (the quarterly year-to-date part).
     */
    static Table applications(ApplicationsTable table, String format, Map<String, String> labels) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.header(CHECK_NOTE, 3, 3), Cell.header("申请人情况", 7, 1)));
        rows.add(List.of(
                Cell.header(ApplicantType.NATURAL_PERSON.label(), 1, 2),
                Cell.header("法人或其他组织", 5, 1),
                Cell.header("总计", 1, 2)));
        List<Cell> organisations = new ArrayList<>();
        for (ApplicantType type : ApplicantType.values()) {
            if (type != ApplicantType.NATURAL_PERSON) {
                organisations.add(Cell.header(type.label()));
            }
        }
        rows.add(organisations);
        List<ApplicationsTable.Row> data = dataRows(table, format);
        int outcomeRows =
                (int) data.stream().filter(r -> isOutcomeRow(r.code())).count();
        boolean firstOutcome = true;
        Map<OutcomeGroup, Integer> groupSizes = groupSizes(data);
        OutcomeGroup previousGroup = null;
        for (ApplicationsTable.Row row : data) {
            String label = labels.getOrDefault(row.code(), row.label());
            List<Cell> cells = new ArrayList<>();
            if (!isOutcomeRow(row.code())) {
                cells.add(Cell.label(label, 3, 1));
            } else {
                if (firstOutcome) {
                    cells.add(
                            Cell.header(labels.getOrDefault(HANDLING_RESULTS_CODE, HANDLING_RESULTS), 1, outcomeRows));
                    firstOutcome = false;
                }
                OutcomeGroup group = group(row.code());
                if (group == null || groupSizes.get(group) == 1) {
                    cells.add(Cell.label(group == null ? label : groupLabel(group, label), 2, 1));
                } else {
                    if (group != previousGroup) {
                        cells.add(Cell.label(group.label(), 1, groupSizes.get(group)));
                    }
                    cells.add(Cell.label(label));
                }
                previousGroup = group;
            }
            row.counts().forEach(n -> cells.add(Cell.number(n)));
            rows.add(cells);
        }
        return new Table("三", TABLE_THREE_WIDTHS, 3, 9, rows);
    }

    /** A group printed as a single row carries the group's label ((一), (二), and (六) in the 2019 format). */
    private static String groupLabel(OutcomeGroup group, String rowLabel) {
        return group == OutcomeGroup.OTHER ? group.label() : rowLabel;
    }

    /** The rows as the format prints them: 25 for 2021; 23 for 2019, with （六）1–3 summed into one row. */
    static List<ApplicationsTable.Row> dataRows(ApplicationsTable table, String format) {
        if (NationalFormat.of(format) == NationalFormat.FORMAT_2021) {
            return table.rows();
        }
        List<ApplicationsTable.Row> rows = new ArrayList<>();
        long[] other = null;
        for (ApplicationsTable.Row row : table.rows()) {
            OutcomeGroup group = group(row.code());
            if (group != OutcomeGroup.OTHER || OTHER_HANDLING_2019.equals(row.code())) {
                rows.add(row);
                continue;
            }
            if (other == null) {
                other = new long[row.counts().size()];
                rows.add(null);
            }
            for (int c = 0; c < other.length; c++) {
                other[c] += row.column(c);
            }
        }
        List<Long> sums = new ArrayList<>();
        for (long n : other) {
            sums.add(n);
        }
        rows.set(
                rows.indexOf(null),
                new ApplicationsTable.Row(OTHER_HANDLING_2019, OutcomeGroup.OTHER.label(), List.copyOf(sums)));
        return rows;
    }

    private static Map<OutcomeGroup, Integer> groupSizes(List<ApplicationsTable.Row> rows) {
        Map<OutcomeGroup, Integer> sizes = new EnumMap<>(OutcomeGroup.class);
        for (ApplicationsTable.Row row : rows) {
            OutcomeGroup group = group(row.code());
            if (group != null) {
                sizes.merge(group, 1, Integer::sum);
            }
        }
        return sizes;
    }

    private static boolean isOutcomeRow(String code) {
        return group(code) != null || ApplicationsTable.TOTAL_HANDLED.equals(code);
    }

    private static OutcomeGroup group(String code) {
        if (OTHER_HANDLING_2019.equals(code)) {
            return OutcomeGroup.OTHER;
        }
        for (Outcome outcome : Outcome.values()) {
            if (outcome.name().equals(code)) {
                return outcome.group();
            }
        }
        return null;
    }

    /** Table 四: one row of 15 cells under a two-level header (行政复议; 行政诉讼 by route). */
    static Table reviews(Map<ReviewGroup, Map<String, Long>> reviews) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.header("行政复议", 5, 1), Cell.header("行政诉讼", 10, 1)));
        List<Cell> second = new ArrayList<>();
        for (String cell : REVIEW_CELLS) {
            second.add(Cell.header(cell, 1, 2));
        }
        second.add(Cell.header("未经复议直接起诉", 5, 1));
        second.add(Cell.header("复议后起诉", 5, 1));
        rows.add(second);
        List<Cell> third = new ArrayList<>();
        for (int block = 0; block < 2; block++) {
            for (String cell : REVIEW_CELLS) {
                third.add(Cell.header(cell));
            }
        }
        rows.add(third);
        List<Cell> numbers = new ArrayList<>();
        for (ReviewGroup group : ReviewGroup.values()) {
            for (String code : REVIEW_CODES) {
                numbers.add(Cell.number(reviews.get(group).get(code)));
            }
        }
        rows.add(numbers);
        return new Table("四", Collections.nCopies(15, REVIEW_WIDTH), 3, 9, rows);
    }
}
