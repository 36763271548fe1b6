package org.gongkai.query.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.query.application.ProcessingFees;
import org.junit.jupiter.api.Test;

/** Report years 2019–2020 print the trial format of 国办公开办函〔2019〕60号. */
class TrialFormatTest {

    @Test
    void printsOtherHandlingAsOneRowSummingItsThreeLeaves() {
        Sources.Annual source = Reports.pingtan(2020, Reports.NO_FEES);
        String html = HtmlRenderer.render(AnnualLayout.of(source));
        String three = HtmlRendererTest.tableHtml(html, "三");

        assertThat(three.split("<tr class=\"data\">", -1)).hasSize(24);
        assertThat(three)
                .contains("rowspan=\"20\">三、本年度办理结果<")
                .doesNotContain("行政机关不再处理其政府信息公开申请")
                .doesNotContain(">3.其他<");
        assertThat(HtmlRendererTest.rowNumbers(html, "（六）其他处理")).containsExactly("2", "2", "0", "0", "0", "0", "4");
        assertThat(HtmlRendererTest.rowNumbers(html, "（七）总计")).containsExactly("72", "3", "0", "0", "0", "0", "75");
    }

    @Test
    void printsTheOldTableTwoWithItsOwnLabels() {
        String html = HtmlRenderer.render(AnnualLayout.of(Reports.pingtan(2020, Reports.NO_FEES)));

        assertThat(html)
                .contains(
                        ">规范性文件<",
                        ">本年新制作数量<",
                        ">本年新公开数量<",
                        ">对外公开总数量<",
                        ">上一年项目数量<",
                        ">其他对外管理服务事项<",
                        ">第二十条第（九）项<",
                        ">政府集中采购<")
                .doesNotContain("行政规范性文件");
        assertThat(HtmlRendererTest.rowNumbers(html, "规范性文件")).containsExactly("88", "88", "698");
        assertThat(HtmlRendererTest.rowNumbers(html, "行政许可")).containsExactly("—", "—", "10690");
    }

    @Test
    void docxAndCsvHaveTwentyThreeRowsToo() throws IOException {
        Sources.Annual source = Reports.pingtan(2019, new ProcessingFees(0, java.math.BigDecimal.ZERO));
        try (XWPFDocument doc =
                new XWPFDocument(new ByteArrayInputStream(DocxRenderer.render(AnnualLayout.of(source))))) {
            assertThat(doc.getTables().get(1).getRows()).hasSize(3 + 23);
        }
        List<List<String>> lines = Csv.parse(CsvRenderer.annual(source));
        assertThat(Csv.rows(lines, "三")).hasSize(23);
        assertThat(Csv.values(Csv.row(lines, "三", NationalTables.OTHER_HANDLING_2019)))
                .containsExactly("2", "2", "0", "0", "0", "0", "4");
        assertThat(Csv.row(lines, "二", "NORMATIVE_DOCUMENT").get(3)).isEqualTo("规范性文件");
    }
}
