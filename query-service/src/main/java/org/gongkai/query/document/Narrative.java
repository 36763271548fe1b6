package org.gongkai.query.document;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.events.application.Outcome;
import org.gongkai.events.application.OutcomeGroup;
import org.gongkai.query.application.ProcessingFees;
import org.gongkai.query.report.NationalFormat;
import org.gongkai.query.report.Report;
import org.gongkai.query.review.ReviewGroup;
import org.gongkai.query.statistics.ApplicationsTable;
import org.gongkai.query.statistics.TallyCounts;

/**
 * The narrative parts until staff-written narrative events exist: a draft of section 一 that quotes the tables
 * (so the text and the tables cannot disagree, DOMAIN.md §6.10), a placeholder for 五, and the fee statement that
 * section 六 must always carry (DOMAIN.md §2, §8).
 */
final class Narrative {

    static final String TO_BE_WRITTEN = "（待填写）";

    private Narrative() {}

    static List<String> overviewDraft(Report report) {
        ApplicationsTable table = report.applications();
        String documents = NationalFormat.of(report.format()).normativeDocuments();
        long reconsiderations =
                report.reviews().get(ReviewGroup.RECONSIDERATION).get("TOTAL");
        long lawsuits = report.reviews().get(ReviewGroup.LITIGATION_DIRECT).get("TOTAL")
                + report.reviews()
                        .get(ReviewGroup.LITIGATION_AFTER_RECONSIDERATION)
                        .get("TOTAL");
        long pending = report.reviews().values().stream()
                .mapToLong(cells -> cells.get("PENDING"))
                .sum();
        String applications = report.year() + "年，本机关新收政府信息公开申请" + total(table, TallyCounts.RECEIVED)
                + "件，上年结转" + total(table, ApplicationsTable.CARRIED_OVER) + "件；本年度办结"
                + total(table, ApplicationsTable.TOTAL_HANDLED) + "件，其中予以公开" + group(table, OutcomeGroup.DISCLOSED)
                + "件，部分公开" + group(table, OutcomeGroup.PARTIALLY_DISCLOSED) + "件，不予公开"
                + group(table, OutcomeGroup.WITHHELD) + "件，无法提供" + group(table, OutcomeGroup.UNAVAILABLE)
                + "件，不予处理" + group(table, OutcomeGroup.NOT_PROCESSED) + "件，其他处理"
                + group(table, OutcomeGroup.OTHER) + "件；结转下年度继续办理"
                + total(table, ApplicationsTable.CARRIED_FORWARD) + "件。";
        String proactive = "主动公开方面，本年制发规章" + report.proactive().rules().issued() + "件、" + documents
                + report.proactive().normativeDocuments().issued() + "件，废止规章"
                + report.proactive().rules().repealed()
                + "件、" + documents + report.proactive().normativeDocuments().repealed() + "件，年末现行有效规章"
                + report.proactive().rules().inForce() + "件、" + documents
                + report.proactive().normativeDocuments().inForce() + "件。";
        String reviews =
                "因政府信息公开工作被申请行政复议" + reconsiderations + "件、被提起行政诉讼" + lawsuits + "件（其中年末尚未审结" + pending + "件）。";
        return List.of(proactive, applications, reviews, "（以上数字由系统根据本报告表格生成。其余总体情况待填写。）");
    }

    static String fees(ProcessingFees fees) {
        if (fees.none()) {
            return "本年度收取信息处理费情况：无。";
        }
        return "本年度收取信息处理费情况：依据《政府信息公开信息处理费管理办法》，共对" + fees.applicationsCharged() + "件政府信息公开申请收取信息处理费，合计"
                + yuan(fees.totalYuan()) + "元。";
    }

    /** Exact yuan without trailing zeros: 1080, 1080.5. */
    static String yuan(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.signum() == 0 ? "0" : stripped.toPlainString();
    }

    private static long total(ApplicationsTable table, String code) {
        return table.row(code).total();
    }

    private static long group(ApplicationsTable table, OutcomeGroup group) {
        long sum = 0;
        for (Outcome outcome : Outcome.values()) {
            if (outcome.group() == group) {
                sum += table.row(outcome.name()).total();
            }
        }
        return sum;
    }
}
