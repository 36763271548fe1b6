package org.gongkai.query.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.events.application.Outcome;
import org.gongkai.query.application.ProcessingFees;
import org.gongkai.query.proactive.ProactiveTable;
import org.gongkai.query.review.ReviewGroup;
import org.gongkai.query.statistics.ApplicationsTable;
import org.gongkai.query.statistics.TallyCounts;

/**
 * The arithmetic a published report must satisfy (DOMAIN.md §6.9 hard, §6.10 soft), checked on the numbers as
 * served. They hold by construction; computing them anyway makes the report say so, and would expose a bug.
 * The annual report adds the soft checks about section 六's fee paragraph and the publication deadline
 * ({@link #publication}); the check that numbers quoted in staff narrative equal the tables is not here yet.
 */
final class ReportChecks {

    /** The same tables for the period just before (last year or the last quarter), for the continuity checks. */
    record Previous(ApplicationsTable applications, ProactiveTable proactive) {}

    private static final int COLUMNS = 7;
    private static final List<String> REVIEW_CELLS = org.gongkai.query.review.ReviewCell.codes();

    /** The 25 row codes of table 三 in the national layout's order. */
    private static final List<String> LAYOUT = ApplicationsTable.of(new TallyCounts(), false).rows().stream()
            .map(ApplicationsTable.Row::code)
            .toList();

    private ReportChecks() {}

    static List<Check> of(
            ApplicationsTable table,
            Map<ReviewGroup, Map<String, Long>> reviews,
            ProactiveTable proactive,
            Previous previous) {
        List<Check> checks = new ArrayList<>();
        checks.add(complete(table, reviews));
        checks.add(columnIdentity(table));
        checks.add(rowTotals(table));
        checks.add(handledTotal(table));
        checks.add(reviewTotals(reviews));
        checks.add(nonNegative(table, reviews, proactive));
        if (previous != null) {
            checks.add(carryOverContinuity(table, previous.applications()));
            checks.add(documentsInForce(proactive, previous.proactive()));
        }
        return checks;
    }

    /**
     * The soft checks of DOMAIN.md §6.10 about publication: section 六 states the information-processing fees (the
     * renderers always append the sentence from the fee facts, so it fails only when the fees could not be read),
     * and the report is published by the deadline: the first publication on or before it, or, while unpublished,
     * today not after it.
     */
    static List<Check> publication(
            ProcessingFees fees, LocalDate deadline, LocalDate firstPublishedOn, LocalDate today) {
        Check fee = warning(
                "FEE_PARAGRAPH_PRESENT",
                fees != null,
                fees == null
                        ? "六、未能列明信息处理费情况"
                        : "六、列明信息处理费情况："
                                + (fees.none()
                                        ? "无"
                                        : fees.applicationsCharged() + "件、"
                                                + fees.totalYuan()
                                                        .stripTrailingZeros()
                                                        .toPlainString() + "元")
                                + "：通过");
        Check deadlineCheck;
        if (firstPublishedOn != null) {
            boolean onTime = !firstPublishedOn.isAfter(deadline);
            deadlineCheck = warning(
                    "PUBLISHED_BY_DEADLINE",
                    onTime,
                    "应于" + deadline + "前公开；已于" + firstPublishedOn + "发布" + (onTime ? "：通过" : "：逾期"));
        } else {
            boolean stillInTime = !today.isAfter(deadline);
            deadlineCheck = warning(
                    "PUBLISHED_BY_DEADLINE", stillInTime, "应于" + deadline + "前公开；尚未发布" + (stillInTime ? "" : "：已逾期"));
        }
        return List.of(fee, deadlineCheck);
    }

    /** Whether the quarterly statistics were (or can still be) submitted by the agency's quarterly deadline. */
    static Check submission(LocalDate deadline, LocalDate firstSubmittedOn, LocalDate today) {
        if (firstSubmittedOn != null) {
            boolean onTime = !firstSubmittedOn.isAfter(deadline);
            return warning(
                    "SUBMITTED_BY_DEADLINE",
                    onTime,
                    "应于" + deadline + "前报送；已于" + firstSubmittedOn + "报送" + (onTime ? "：通过" : "：逾期"));
        }
        boolean stillInTime = !today.isAfter(deadline);
        return warning(
                "SUBMITTED_BY_DEADLINE", stillInTime, "应于" + deadline + "前报送；尚未报送" + (stillInTime ? "" : "：已逾期"));
    }

    private static Check complete(ApplicationsTable table, Map<ReviewGroup, Map<String, Long>> reviews) {
        List<String> broken = new ArrayList<>();
        List<String> codes =
                table.rows().stream().map(ApplicationsTable.Row::code).toList();
        if (!codes.equals(LAYOUT)) {
            broken.add("表三行次");
        }
        table.rows().stream().filter(r -> r.counts().size() != COLUMNS).forEach(r -> broken.add(r.code()));
        for (ReviewGroup group : ReviewGroup.values()) {
            Map<String, Long> cells = reviews.get(group);
            if (cells == null || !cells.keySet().containsAll(REVIEW_CELLS)) {
                broken.add(group.name());
            }
        }
        return error("COMPLETE", broken.isEmpty(), "表三 25 行 × 7 列、表四 3 × 5 格全部有数（无数据填 0，不留空）" + failures(broken));
    }

    private static Check columnIdentity(ApplicationsTable table) {
        List<String> broken = new ArrayList<>();
        for (int c = 0; c < COLUMNS; c++) {
            long left = cell(table, TallyCounts.RECEIVED, c) + cell(table, ApplicationsTable.CARRIED_OVER, c);
            long right =
                    cell(table, ApplicationsTable.TOTAL_HANDLED, c) + cell(table, ApplicationsTable.CARRIED_FORWARD, c);
            if (left != right) {
                broken.add(table.columns().get(c) + " (" + left + " ≠ " + right + ")");
            }
        }
        return error("COLUMN_IDENTITY", broken.isEmpty(), "每列：一 + 二 = （七） + 四" + failures(broken));
    }

    private static Check rowTotals(ApplicationsTable table) {
        List<String> broken = new ArrayList<>();
        for (ApplicationsTable.Row row : table.rows()) {
            long sum = 0;
            for (int c = 0; c < COLUMNS - 1; c++) {
                sum += cell(row, c);
            }
            if (sum != cell(row, COLUMNS - 1)) {
                broken.add(row.code());
            }
        }
        return error("ROW_TOTALS", broken.isEmpty(), "每行：总计 = 六类申请人之和" + failures(broken));
    }

    private static Check handledTotal(ApplicationsTable table) {
        List<String> broken = new ArrayList<>();
        for (int c = 0; c < COLUMNS; c++) {
            long sum = 0;
            for (Outcome outcome : Outcome.values()) {
                sum += cell(table, outcome.name(), c);
            }
            if (sum != cell(table, ApplicationsTable.TOTAL_HANDLED, c)) {
                broken.add(table.columns().get(c));
            }
        }
        return error("HANDLED_TOTAL", broken.isEmpty(), "每列：（七）总计 = 21 项办理结果之和" + failures(broken));
    }

    private static Check reviewTotals(Map<ReviewGroup, Map<String, Long>> reviews) {
        List<String> broken = new ArrayList<>();
        reviews.forEach((group, cells) -> {
            long sum = cell(cells, "UPHELD") + cell(cells, "CORRECTED") + cell(cells, "OTHER") + cell(cells, "PENDING");
            if (sum != cell(cells, "TOTAL")) {
                broken.add(group.name());
            }
        });
        return error("REVIEW_TOTALS", broken.isEmpty(), "表四：每个总计 = 维持 + 纠正 + 其他 + 尚未审结" + failures(broken));
    }

    private static Check nonNegative(
            ApplicationsTable table, Map<ReviewGroup, Map<String, Long>> reviews, ProactiveTable proactive) {
        boolean ok = table.rows().stream().flatMap(r -> r.counts().stream()).allMatch(n -> n >= 0)
                && reviews.values().stream().flatMap(c -> c.values().stream()).allMatch(n -> n >= 0)
                && proactive.licensing() >= 0
                && proactive.penalty() >= 0
                && proactive.enforcement() >= 0
                && proactive.rules().inForce() >= 0
                && proactive.normativeDocuments().inForce() >= 0
                && proactive.administrativeFeesYuan().signum() >= 0;
        return error("NON_NEGATIVE", ok, "每个数都是非负整数");
    }

    private static Check carryOverContinuity(ApplicationsTable table, ApplicationsTable previous) {
        List<String> broken = new ArrayList<>();
        for (int c = 0; c < COLUMNS; c++) {
            if (cell(table, ApplicationsTable.CARRIED_OVER, c)
                    != cell(previous, ApplicationsTable.CARRIED_FORWARD, c)) {
                broken.add(table.columns().get(c));
            }
        }
        return warning("CARRY_OVER_CONTINUITY", broken.isEmpty(), "本期“二、结转”= 上期“四、结转下期”（每列）" + failures(broken));
    }

    private static Check documentsInForce(ProactiveTable now, ProactiveTable before) {
        boolean rules = now.rules().inForce()
                == before.rules().inForce() + now.rules().issued() - now.rules().repealed();
        boolean normative = now.normativeDocuments().inForce()
                == before.normativeDocuments().inForce()
                        + now.normativeDocuments().issued()
                        - now.normativeDocuments().repealed();
        List<String> broken = new ArrayList<>();
        if (!rules) {
            broken.add("RULE");
        }
        if (!normative) {
            broken.add("NORMATIVE_DOCUMENT");
        }
        return warning(
                "DOCUMENTS_IN_FORCE_CONTINUITY", broken.isEmpty(), "现行有效件数 = 上期现行有效 + 本期制发 − 本期废止" + failures(broken));
    }

    // A row or cell missing from the layout reads as 0 in the sums, so COMPLETE names the gap and the other
    // checks still judge the cells that are there instead of the whole report failing with an exception.
    private static long cell(ApplicationsTable table, String code, int column) {
        return table.rows().stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .map(r -> cell(r, column))
                .orElse(0L);
    }

    private static long cell(ApplicationsTable.Row row, int column) {
        return column < row.counts().size() ? row.column(column) : 0;
    }

    private static long cell(Map<String, Long> cells, String code) {
        Long value = cells.get(code);
        return value == null ? 0 : value;
    }

    private static String failures(List<String> broken) {
        return broken.isEmpty() ? "：通过" : "：不符 " + String.join(", ", broken);
    }

    private static Check error(String code, boolean passed, String message) {
        return new Check(code, Check.Severity.ERROR, passed, message);
    }

    private static Check warning(String code, boolean passed, String message) {
        return new Check(code, Check.Severity.WARNING, passed, message);
    }
}
