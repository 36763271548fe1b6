package org.gongkai.query.document;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.Outcome;
import org.gongkai.query.proactive.ProactiveTable;
import org.gongkai.query.report.NationalFormat;
import org.gongkai.query.report.Report;
import org.gongkai.query.review.ReviewGroup;
import org.gongkai.query.statistics.ApplicationsTable;

/**
 * The report's numbers as CSV for spreadsheets: UTF-8 with a byte-order mark (Excel needs it to read Chinese),
 * CRLF lines, RFC 4180 quoting. A few {@code key,value} lines describe the report; then one block per table,
 * separated by an empty line, each opening with a line of column codes and a line of column labels (row code
 * empty), then one line per table row: {@code table,group,row_code,row_label,values…}.
 */
final class CsvRenderer {

    private static final String BOM = "\uFEFF";
    private static final String FORMULA_START = "=+-@\t\r";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final List<String> HEAD = List.of("table", "group", "row_code", "row_label");

    private final StringBuilder csv = new StringBuilder(BOM);

    private CsvRenderer() {}

    static byte[] annual(Sources.Annual source) {
        Report report = source.report();
        CsvRenderer out = new CsvRenderer();
        out.describe(AnnualLayout.title(source.agencyName(), report.year()), report);
        out.proactive(report.proactive(), report.format());
        out.applications("三", report.applications(), report.format(), Map.of());
        out.reviews("四", report.reviews());
        out.block(List.of("APPLICATIONS_CHARGED", "TOTAL_YUAN"), List.of("收费申请件数", "金额（元）"));
        out.line(
                "六",
                "",
                "PROCESSING_FEES",
                "信息处理费",
                Long.toString(source.fees().applicationsCharged()),
                Narrative.yuan(source.fees().totalYuan()));
        return out.bytes();
    }

    static byte[] quarterly(Sources.Quarterly source) {
        Report quarter = source.quarter();
        CsvRenderer out = new CsvRenderer();
        out.describe(StatisticsLayout.title(source.agencyName(), quarter.year(), quarter.quarter()), quarter);
        out.applications("三", quarter.applications(), quarter.format(), Map.of());
        out.reviews("四", quarter.reviews());
        out.applications(
                "三（本年累计）",
                source.yearToDate().applications(),
                quarter.format(),
                StatisticsLayout.yearToDateLabels(quarter.quarter()));
        out.reviews("四（本年累计）", source.yearToDate().reviews());
        return out.bytes();
    }

    private void describe(String title, Report report) {
        line("document", title);
        line("agency_id", report.agencyId());
        line("year", Integer.toString(report.year()));
        if (report.quarter() != null) {
            line("quarter", Integer.toString(report.quarter()));
        }
        line("format", report.format());
        line("scope", report.scope());
    }

    private void proactive(ProactiveTable t, String format) {
        String normative = NationalFormat.of(format).normativeDocuments();
        block(List.of("ISSUED", "REPEALED", "IN_FORCE"), List.of("本年制发件数", "本年废止件数", "现行有效件数"));
        line(
                "二",
                "第二十条第（一）项",
                "RULE",
                "规章",
                n(t.rules().issued()),
                n(t.rules().repealed()),
                n(t.rules().inForce()));
        line(
                "二",
                "第二十条第（一）项",
                "NORMATIVE_DOCUMENT",
                normative,
                n(t.normativeDocuments().issued()),
                n(t.normativeDocuments().repealed()),
                n(t.normativeDocuments().inForce()));
        block(List.of("DECISIONS"), List.of("本年处理决定数量"));
        line("二", "第二十条第（五）项", "LICENSING", "行政许可", n(t.licensing()));
        line("二", "第二十条第（六）项", "PENALTY", "行政处罚", n(t.penalty()));
        line("二", "第二十条第（六）项", "ENFORCEMENT", "行政强制", n(t.enforcement()));
        block(List.of("AMOUNT_TEN_THOUSAND_YUAN"), List.of("本年收费金额（单位：万元）"));
        line("二", "第二十条第（八）项", "ADMINISTRATIVE_FEES", "行政事业性收费", t.administrativeFeesTenThousandYuan());
    }

    private void applications(String id, ApplicationsTable table, String format, Map<String, String> labels) {
        List<String> columnLabels = new ArrayList<>();
        for (ApplicantType type : ApplicantType.values()) {
            columnLabels.add(type == ApplicantType.NATURAL_PERSON ? type.label() : "法人或其他组织 " + type.label());
        }
        columnLabels.add("总计");
        block(table.columns(), columnLabels);
        for (ApplicationsTable.Row row : NationalTables.dataRows(table, format)) {
            List<String> cells = new ArrayList<>(
                    List.of(id, group(row.code(), labels), row.code(), labels.getOrDefault(row.code(), row.label())));
            row.counts().forEach(count -> cells.add(n(count)));
            line(cells.toArray(String[]::new));
        }
    }

    private static String group(String code, Map<String, String> labels) {
        String handling = labels.getOrDefault(NationalTables.HANDLING_RESULTS_CODE, NationalTables.HANDLING_RESULTS);
        if (ApplicationsTable.TOTAL_HANDLED.equals(code) || NationalTables.OTHER_HANDLING_2019.equals(code)) {
            return handling;
        }
        for (Outcome outcome : Outcome.values()) {
            if (outcome.name().equals(code)) {
                return outcome.label().equals(outcome.group().label())
                        ? handling
                        : handling + " " + outcome.group().label();
            }
        }
        return "";
    }

    private void reviews(String id, Map<ReviewGroup, Map<String, Long>> reviews) {
        List<String> codes = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        Map<ReviewGroup, String> names = Map.of(
                ReviewGroup.RECONSIDERATION,
                "行政复议",
                ReviewGroup.LITIGATION_DIRECT,
                "行政诉讼 未经复议直接起诉",
                ReviewGroup.LITIGATION_AFTER_RECONSIDERATION,
                "行政诉讼 复议后起诉");
        List<String> cells = new ArrayList<>(List.of(id, "", "REVIEWS", "政府信息公开行政复议、行政诉讼情况"));
        for (ReviewGroup group : ReviewGroup.values()) {
            for (int i = 0; i < NationalTables.REVIEW_CODES.length; i++) {
                codes.add(group.name() + "." + NationalTables.REVIEW_CODES[i]);
                labels.add(names.get(group) + " " + NationalTables.REVIEW_CELLS[i]);
                cells.add(n(reviews.get(group).get(NationalTables.REVIEW_CODES[i])));
            }
        }
        block(codes, labels);
        line(cells.toArray(String[]::new));
    }

    private void block(List<String> columnCodes, List<String> columnLabels) {
        csv.append("\r\n");
        List<String> codes = new ArrayList<>(HEAD);
        codes.addAll(columnCodes);
        line(codes.toArray(String[]::new));
        List<String> labels = new ArrayList<>(List.of("", "", "", "信息内容"));
        labels.addAll(columnLabels);
        line(labels.toArray(String[]::new));
    }

    private void line(String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quote(fields[i]));
        }
        csv.append("\r\n");
    }

    static String quote(String value) {
        String field = neutralised(value);
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }

    /**
     * A spreadsheet runs a cell that begins with {@code = + - @} (or a tab or carriage return, which some strip
     * first) as a formula, so a name or id typed as {@code =HYPERLINK(…)} would run on the reader's machine. As
     * OWASP recommends, such a text cell gets a leading {@code '}, which the spreadsheet shows as text. A number
     * ({@code -12}, {@code 3.5}) is left a number: it cannot be a formula.
     */
    static String neutralised(String field) {
        if (field.isEmpty() || NUMBER.matcher(field).matches() || FORMULA_START.indexOf(field.charAt(0)) < 0) {
            return field;
        }
        return "'" + field;
    }

    private static String n(long value) {
        return Long.toString(value);
    }

    private byte[] bytes() {
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
