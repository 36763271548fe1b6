package org.gongkai.query.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.Outcome;
import org.gongkai.query.report.Report;
import org.gongkai.query.statistics.TallyCounts;
import org.junit.jupiter.api.Test;

class StatisticsLayoutTest {

    static Sources.Quarterly secondQuarter() {
        TallyCounts quarter = new TallyCounts()
                .addOpening(ApplicantType.NATURAL_PERSON, 2)
                .addWithin(ApplicantType.NATURAL_PERSON, TallyCounts.RECEIVED, 3)
                .addWithin(ApplicantType.NATURAL_PERSON, Outcome.DISCLOSED.name(), 4);
        TallyCounts toDate = new TallyCounts()
                .addOpening(ApplicantType.NATURAL_PERSON, 1)
                .addWithin(ApplicantType.NATURAL_PERSON, TallyCounts.RECEIVED, 7)
                .addWithin(ApplicantType.NATURAL_PERSON, Outcome.DISCLOSED.name(), 7);
        Report q2 = Reports.report(2024, 2, quarter, Reports.zeroReviews(), Reports.zeroProactive());
        Report ytd = Reports.report(2024, 2, toDate, Reports.zeroReviews(), Reports.zeroProactive());
        return new Sources.Quarterly(q2, ytd, Reports.KUPU, LocalDate.of(2024, 7, 5));
    }

    @Test
    void printsTheQuarterAndTheYearToDateTablesThreeAndFour() {
        String html = HtmlRenderer.render(StatisticsLayout.of(secondQuarter()));

        assertThat(html).contains("<h1>托里县库普乡人民政府<br>政府信息公开统计报表（2024年第二季度）</h1>");
        assertThat(html)
                .containsSubsequence(
                        "一、本季度收到和处理政府信息公开申请情况",
                        "三、本季度办理结果",
                        "二、本季度政府信息公开行政复议、行政诉讼情况",
                        "三、本年累计收到和处理政府信息公开申请情况（2024年1月1日至6月30日）",
                        "三、本年累计办理结果",
                        "四、本年累计政府信息公开行政复议、行政诉讼情况");
        assertThat(HtmlRendererTest.rowNumbers(html, "一、本季度新收政府信息公开申请数量")).startsWith("3");
        assertThat(HtmlRendererTest.rowNumbers(html, "一、本年累计新收政府信息公开申请数量")).startsWith("7");
        assertThat(HtmlRendererTest.rowNumbers(html, "四、结转下季度继续办理")).startsWith("1");
        assertThat(html.split("<tr class=\"data\">", -1)).hasSize(1 + 25 + 1 + 25 + 1);
        assertThat(html).doesNotContain("本年度办理结果");
    }

    @Test
    void writesBothPartsToTheCsv() {
        List<List<String>> lines = Csv.parse(CsvRenderer.quarterly(secondQuarter()));

        assertThat(lines).contains(List.of("quarter", "2"));
        assertThat(Csv.rows(lines, "三")).hasSize(25);
        assertThat(Csv.rows(lines, "三（本年累计）")).hasSize(25);
        assertThat(Csv.values(Csv.row(lines, "三（本年累计）", "RECEIVED"))).startsWith("7");
        assertThat(Csv.row(lines, "三（本年累计）", "RECEIVED").get(3)).isEqualTo("一、本年累计新收政府信息公开申请数量");
        assertThat(Csv.rows(lines, "四（本年累计）")).hasSize(1);
    }
}
