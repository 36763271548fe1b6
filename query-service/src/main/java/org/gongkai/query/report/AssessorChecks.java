package org.gongkai.query.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.query.statistics.ApplicationsTable;

/**
 * Soft checks that assessors of annual reports apply beyond the arithmetic, each naming what to fix: a
 * narrative section missing or near-empty, section 一 largely copied from the previous published report, and 上年结转
 * differing from what the previous published report printed as 结转下年度 (possible when last year was amended after
 * publication). Pure functions: the caller reads the previous published snapshot.
 */
final class AssessorChecks {

    /**
     * Section 一 counts as copied when the Dice coefficient of its character bigrams (digits, spaces and punctuation
     * removed, so updated figures do not hide a copy) with last year's published section 一 is at least this. Two
     * independently written overviews of one agency score 0.3–0.5 (shared names and statutory phrases); a copy with
     * the year and the numbers changed scores above 0.95.
     */
    static final double COPY_THRESHOLD = 0.8;

    private AssessorChecks() {}

    /** Sections missing or near-empty, by the rule of {@link NarrativeSubstance}. */
    static Check narrativePresent(Map<String, String> narrative) {
        List<String> broken = NarrativeSubstance.gaps(narrative).stream()
                .map(NarrativeSubstance.Gap::describe)
                .toList();
        return warning(
                "NARRATIVE_PRESENT",
                broken.isEmpty(),
                "正文一、五、六部分齐全且有实质内容" + (broken.isEmpty() ? "：通过" : "：请补写 " + String.join("；", broken)));
    }

    /** Null when there is nothing to compare (no previous published report or no section 一 on either side). */
    static Check overviewNotCopied(String overview, String previousOverview, int previousYear) {
        if (overview == null || previousOverview == null || overview.isBlank() || previousOverview.isBlank()) {
            return null;
        }
        double similarity = similarity(overview, previousOverview);
        boolean ok = similarity < COPY_THRESHOLD;
        String percent = Math.round(similarity * 100) + "%";
        return warning(
                "OVERVIEW_NOT_COPIED",
                ok,
                "一、总体情况与" + previousYear + "年度已公开年报的相似度为" + percent + "（阈值" + Math.round(COPY_THRESHOLD * 100) + "%）"
                        + (ok ? "：通过" : "：请按本年度实际情况重写，不要沿用上年文字"));
    }

    /** Null when there is no previous published report of the same scope. */
    static Check carryOverMatchesPublished(ApplicationsTable table, JsonNode previousSnapshot, int previousYear) {
        JsonNode forward = row(previousSnapshot, ApplicationsTable.CARRIED_FORWARD);
        if (forward == null) {
            return null;
        }
        ApplicationsTable.Row carried = table.row(ApplicationsTable.CARRIED_OVER);
        List<String> broken = new ArrayList<>();
        for (int c = 0; c < carried.counts().size() && c < forward.size(); c++) {
            long printed = forward.get(c).asLong();
            if (carried.column(c) != printed) {
                broken.add(table.columns().get(c) + "（本年" + carried.column(c) + "，上年公开" + printed + "）");
            }
        }
        return warning(
                "CARRY_OVER_MATCHES_PUBLISHED",
                broken.isEmpty(),
                "表三“二、上年结转”= " + previousYear + "年度已公开年报“四、结转下年度”（每列）"
                        + (broken.isEmpty()
                                ? "：通过"
                                : "：不符 " + String.join("、", broken) + "；上年报告公开后数据有变动的，请在六、其他需要报告的事项中说明或更正上年报告"));
    }

    static double similarity(String a, String b) {
        Map<String, Integer> left = bigrams(NarrativeSubstance.letters(a));
        Map<String, Integer> right = bigrams(NarrativeSubstance.letters(b));
        int total = left.values().stream().mapToInt(Integer::intValue).sum()
                + right.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return 0;
        }
        int shared = 0;
        for (Map.Entry<String, Integer> entry : left.entrySet()) {
            shared += Math.min(entry.getValue(), right.getOrDefault(entry.getKey(), 0));
        }
        return 2.0 * shared / total;
    }

    private static Map<String, Integer> bigrams(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + 2 <= text.length(); i++) {
            counts.merge(text.substring(i, i + 2), 1, Integer::sum);
        }
        return counts;
    }

    private static JsonNode row(JsonNode snapshot, String code) {
        for (JsonNode row : snapshot.path("applications").path("rows")) {
            if (row.path("code").asText().equals(code)) {
                return row.path("counts");
            }
        }
        return null;
    }

    private static Check warning(String code, boolean passed, String message) {
        return new Check(code, Check.Severity.WARNING, passed, message);
    }
}
