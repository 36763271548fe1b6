package org.gongkai.query.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.query.document.Layout.Block;
import org.gongkai.query.document.Layout.Heading;
import org.gongkai.query.report.Report;
import org.gongkai.query.statistics.ApplicationsTable;
import org.gongkai.query.statistics.Quarter;
import org.gongkai.query.statistics.TallyCounts;

/**
 * The quarterly statistics (季度统计报表) sent to the supervising level. There is no national format
 * **[practice]**: this one prints the quarter's tables 三 and 四 in the annual layout, then the same two tables
 * from 1 January to the end of the quarter (the year-to-date columns provinces ask for, as a second part).
 */
final class StatisticsLayout {

    private static final String[] QUARTERS = {"一", "二", "三", "四"};

    private StatisticsLayout() {}

    static String title(String agencyName, int year, int quarter) {
        return agencyName + "政府信息公开统计报表（" + year + "年第" + QUARTERS[quarter - 1] + "季度）";
    }

    static Layout of(Sources.Quarterly source) {
        Report quarter = source.quarter();
        int q = quarter.quarter();
        Quarter period = new Quarter(quarter.year(), q);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading("一、本季度收到和处理政府信息公开申请情况"));
        blocks.add(NationalTables.applications(
                quarter.applications(), quarter.format(), Map.of(NationalTables.HANDLING_RESULTS_CODE, "三、本季度办理结果")));
        blocks.add(new Heading("二、本季度政府信息公开行政复议、行政诉讼情况"));
        blocks.add(NationalTables.reviews(quarter.reviews()));
        String toDate = "（" + quarter.year() + "年1月1日至" + period.end().getMonthValue() + "月"
                + period.end().getDayOfMonth() + "日）";
        blocks.add(new Heading("三、本年累计收到和处理政府信息公开申请情况" + toDate));
        blocks.add(
                NationalTables.applications(source.yearToDate().applications(), quarter.format(), yearToDateLabels(q)));
        blocks.add(new Heading("四、本年累计政府信息公开行政复议、行政诉讼情况" + toDate));
        blocks.add(NationalTables.reviews(source.yearToDate().reviews()));
        return new Layout(
                title(source.agencyName(), quarter.year(), q),
                Layout.titleLines(source.agencyName(), title("", quarter.year(), q)),
                blocks,
                source.agencyName(),
                source.signedOn());
    }

    static Map<String, String> yearToDateLabels(int quarter) {
        return Map.of(
                TallyCounts.RECEIVED,
                "一、本年累计新收政府信息公开申请数量",
                ApplicationsTable.CARRIED_OVER,
                "二、上年结转政府信息公开申请数量",
                NationalTables.HANDLING_RESULTS_CODE,
                "三、本年累计办理结果",
                ApplicationsTable.CARRIED_FORWARD,
                quarter == 4 ? "四、结转下年度继续办理" : "四、结转下季度继续办理");
    }
}
