package org.gongkai.query.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.query.review.ReviewGroup;
import org.gongkai.query.statistics.ApplicationsTable;
import org.gongkai.query.statistics.TallyCounts;

/**
 * The soft check that section 一 as staff wrote it does not contradict the tables (DOMAIN.md §6.10): published
 * reports often say "新收申请12件" above a table that counts 13. It finds the usual phrasings of the key numbers in
 * the text and compares each with the table; a text that quotes no number passes.
 */
final class NarrativeNumbers {

    private record Quoted(String label, Pattern phrase, ToLongFunction<Report> table) {}

    static final String CODE = "NARRATIVE_MATCHES_TABLES";

    private static final String NUMBER = "([0-9][0-9,，]*)\\s*件";

    private static final List<Quoted> QUOTED = List.of(
            new Quoted(
                    "新收申请",
                    Pattern.compile("新收(?:到)?(?:政府信息公开)?申请(?:共计|共|合计)?" + NUMBER),
                    report -> total(report, TallyCounts.RECEIVED)),
            new Quoted(
                    "上年结转",
                    Pattern.compile("上年(?:度)?结转(?:政府信息公开申请)?" + NUMBER),
                    report -> total(report, ApplicationsTable.CARRIED_OVER)),
            new Quoted(
                    "办结",
                    Pattern.compile("(?:本年度)?办结(?:政府信息公开申请)?(?:共计|共|合计)?" + NUMBER),
                    report -> total(report, ApplicationsTable.TOTAL_HANDLED)),
            new Quoted(
                    "结转下年度",
                    Pattern.compile("结转下(?:一)?年度(?:继续办理)?" + NUMBER),
                    report -> total(report, ApplicationsTable.CARRIED_FORWARD)),
            new Quoted(
                    "行政复议",
                    Pattern.compile("(?:被申请|提起)?行政复议(?:案件)?" + NUMBER),
                    report -> reviews(report.reviews(), ReviewGroup.RECONSIDERATION)),
            new Quoted(
                    "行政诉讼",
                    Pattern.compile("(?:被提起|提起)?行政诉讼(?:案件)?" + NUMBER),
                    report -> reviews(report.reviews(), ReviewGroup.LITIGATION_DIRECT)
                            + reviews(report.reviews(), ReviewGroup.LITIGATION_AFTER_RECONSIDERATION)));

    private NarrativeNumbers() {}

    /** Null when there is no staff text for section 一 (the generated draft quotes the tables by construction). */
    static Check check(Report report, String overview) {
        if (overview == null || overview.isBlank()) {
            return null;
        }
        List<String> differing = new ArrayList<>();
        int found = 0;
        for (Quoted quoted : QUOTED) {
            Matcher matcher = quoted.phrase().matcher(overview);
            long inTable = quoted.table().applyAsLong(report);
            while (matcher.find()) {
                found++;
                long inText = Long.parseLong(matcher.group(1).replaceAll("[,，]", ""));
                if (inText != inTable) {
                    differing.add(quoted.label() + "：文中" + inText + "件，表中" + inTable + "件");
                }
            }
        }
        if (found == 0) {
            return new Check(CODE, Check.Severity.WARNING, true, "一、总体情况未引用表格数字");
        }
        if (differing.isEmpty()) {
            return new Check(CODE, Check.Severity.WARNING, true, "一、总体情况所引" + found + "处数字与表格一致：通过");
        }
        return new Check(CODE, Check.Severity.WARNING, false, "一、总体情况所引数字与表格不符：" + String.join("；", differing));
    }

    private static long total(Report report, String row) {
        return report.applications().row(row).total();
    }

    private static long reviews(Map<ReviewGroup, Map<String, Long>> reviews, ReviewGroup group) {
        return reviews.get(group).get("TOTAL");
    }
}
