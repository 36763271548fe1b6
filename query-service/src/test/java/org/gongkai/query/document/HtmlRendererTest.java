package org.gongkai.query.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.query.application.ProcessingFees;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

    private static final Pattern ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("<td class=\"number\"[^>]*>([^<]*)</td>");

    static String html(Sources.Annual source) {
        return HtmlRenderer.render(AnnualLayout.of(source));
    }

    @Test
    void printsTheTitleTheSixSectionsInOrderAndTheSignature() {
        String html = html(Reports.zero(2021));

        assertThat(html)
                .contains("<title>托里县库普乡人民政府政府信息公开工作2021年度报告</title>", "<h1>托里县库普乡人民政府<br>政府信息公开工作2021年度报告</h1>");
        assertThat(html)
                .containsSubsequence(OfficialLabels.SECTIONS.stream()
                        .map(s -> "<h2>" + s + "</h2>")
                        .toList());
        assertThat(html).containsSubsequence("<h2>六、其他需要报告的事项</h2>", "托里县库普乡人民政府<br>2022年1月20日");
    }

    @Test
    void printsEveryOfficialLabelExactly() {
        String html = html(Reports.zero(2021));

        for (String label : concat(
                OfficialLabels.TABLE_TWO,
                OfficialLabels.TABLE_THREE_HEADER,
                OfficialLabels.TABLE_THREE_GROUPS,
                OfficialLabels.TABLE_FOUR)) {
            assertThat(html).as(label).contains(">" + label + "<");
        }
        assertThat(html)
                .containsSubsequence(OfficialLabels.TABLE_THREE_ROWS.stream()
                        .map(l -> ">" + l + "<")
                        .toList());
    }

    @Test
    void repeatsNoneOfTheInputDocumentsSlips() {
        String html = html(Reports.zero(2021));

        assertThat(html).doesNotContain(">规范性文件<").contains(">行政规范性文件<");
        assertThat(html).doesNotContain("只计这一清醒").contains("只计这一情形");
        assertThat(html).doesNotContain("第二十条（五）项").doesNotContain("第二十条（八）项");
        assertThat(rowNumbers(html, "行政许可")).containsExactly("0");
    }

    @Test
    void tableThreeHasTwentyFiveDataRowsOfSevenCountsAndNoBlankCell() {
        String html = html(Reports.zero(2021));
        String three = tableHtml(html, "三");

        assertThat(three.split("<tr class=\"data\">", -1)).hasSize(26);
        assertThat(NUMBER.matcher(three).results())
                .hasSize(25 * 7)
                .allSatisfy(m -> assertThat(m.group(1)).isEqualTo("0"));
        assertThat(NUMBER.matcher(tableHtml(html, "四")).results()).hasSize(15);
        assertThat(html).doesNotContain("<td class=\"number\"></td>");
        assertThat(three)
                .contains(
                        "rowspan=\"22\">三、本年度办理结果<",
                        "rowspan=\"8\">（三）不予公开<",
                        "rowspan=\"3\">（四）无法提供<",
                        "rowspan=\"5\">（五）不予处理<",
                        "rowspan=\"3\">（六）其他处理<",
                        "colspan=\"3\" rowspan=\"3\">（本列数据的勾稽关系为");
    }

    @Test
    void putsThePublishedNumbersInTheirCells() {
        String html = html(Reports.pingtan(2022, Reports.NO_FEES));

        assertThat(rowNumbers(html, "一、本年新收政府信息公开申请数量")).containsExactly("71", "3", "0", "0", "0", "0", "74");
        assertThat(rowNumbers(html, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）")).containsExactly("8", "1", "0", "0", "0", "0", "9");
        assertThat(rowNumbers(html, "1.本机关不掌握相关政府信息")).containsExactly("37", "0", "0", "0", "0", "0", "37");
        assertThat(rowNumbers(html, "（七）总计")).containsExactly("72", "3", "0", "0", "0", "0", "75");
        assertThat(rowNumbers(html, "行政规范性文件")).containsExactly("88", "55", "698");
        assertThat(rowNumbers(html, "行政许可")).containsExactly("10690");
        assertThat(rowNumbers(html, "行政事业性收费")).containsExactly("9116.36");
        List<String> reviews = new ArrayList<>();
        NUMBER.matcher(tableHtml(html, "四")).results().forEach(m -> reviews.add(m.group(1)));
        assertThat(reviews).containsExactly("0", "1", "1", "0", "2", "1", "0", "0", "0", "1", "0", "0", "0", "0", "0");
    }

    @Test
    void draftsTheOverviewFromTheTablesNumbers() {
        String html = html(Reports.pingtan(2022, Reports.NO_FEES));

        assertThat(html)
                .contains("新收政府信息公开申请74件，上年结转1件；本年度办结75件，其中予以公开21件，部分公开9件，不予公开4件，"
                        + "无法提供37件，不予处理0件，其他处理4件；结转下年度继续办理0件。");
        assertThat(html).contains("本年制发规章0件、行政规范性文件88件");
        assertThat(html).contains("被申请行政复议2件、被提起行政诉讼1件");
        assertThat(html).containsSubsequence("<h2>五、存在的主要问题及改进情况</h2>", "<p>（待填写）</p>");
    }

    @Test
    void reportsProcessingFeesInSectionSixOrSaysNone() {
        assertThat(html(Reports.zero(2021))).containsSubsequence("<h2>六、其他需要报告的事项</h2>", "收取信息处理费情况：无。");
        String charged = html(Reports.pingtan(2022, new ProcessingFees(2, new BigDecimal("1350.00"))));
        assertThat(charged).contains("共对2件政府信息公开申请收取信息处理费，合计1350元。");
    }

    @Test
    void escapesTheAgencyName() {
        Sources.Annual zero = Reports.zero(2021);
        String html = html(new Sources.Annual(zero.report(), "<script>甲</script>", zero.fees(), zero.signedOn()));

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;甲");
    }

    static String tableHtml(String html, String id) {
        int start = html.indexOf("<table class=\"table-" + id + "\"");
        return html.substring(start, html.indexOf("</table>", start));
    }

    /** The number cells of the first row whose cells include this label. */
    static List<String> rowNumbers(String html, String label) {
        Matcher rows = ROW.matcher(html);
        while (rows.find()) {
            if (rows.group(1).contains(">" + label + "<")) {
                List<String> numbers = new ArrayList<>();
                NUMBER.matcher(rows.group(1)).results().forEach(m -> numbers.add(m.group(1)));
                return numbers;
            }
        }
        throw new AssertionError("no row " + label);
    }

    @SafeVarargs
    static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return all;
    }
}
