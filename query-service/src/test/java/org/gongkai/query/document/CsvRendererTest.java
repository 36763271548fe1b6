package org.gongkai.query.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.query.application.ProcessingFees;
import org.gongkai.query.report.Report;
import org.junit.jupiter.api.Test;

class CsvRendererTest {

    @Test
    void startsWithTheByteOrderMarkAndParses() {
        byte[] csv = CsvRenderer.annual(Reports.zero(2021));

        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<List<String>> lines = Csv.parse(csv);
        assertThat(lines.get(0)).containsExactly("document", "托里县库普乡人民政府政府信息公开工作2021年度报告");
        assertThat(lines).contains(List.of("year", "2021"), List.of("format", "2021"), List.of("scope", "agency"));
    }

    @Test
    void writesOneLinePerTableRowWithCodesAndExactLabels() {
        List<List<String>> lines = Csv.parse(CsvRenderer.annual(Reports.zero(2021)));

        List<List<String>> three = Csv.rows(lines, "三");
        assertThat(three).hasSize(25);
        assertThat(three).extracting(l -> l.get(3)).containsExactlyElementsOf(OfficialLabels.TABLE_THREE_ROWS);
        assertThat(three).allSatisfy(l -> assertThat(Csv.values(l)).hasSize(7).containsOnly("0"));
        assertThat(Csv.row(lines, "三", "WITHHELD_STATE_SECRET").get(1)).isEqualTo("三、本年度办理结果 （三）不予公开");
        assertThat(Csv.row(lines, "二", "NORMATIVE_DOCUMENT").get(3)).isEqualTo("行政规范性文件");
        assertThat(Csv.values(Csv.row(lines, "四", "REVIEWS"))).hasSize(15).containsOnly("0");
        assertThat(lines)
                .anySatisfy(l -> assertThat(l)
                        .startsWith(
                                "table",
                                "group",
                                "row_code",
                                "row_label",
                                "NATURAL_PERSON",
                                "COMMERCIAL_ENTERPRISE",
                                "RESEARCH_INSTITUTION",
                                "PUBLIC_INTEREST_ORGANIZATION",
                                "LEGAL_SERVICE_AGENCY",
                                "OTHER_ORGANIZATION",
                                "TOTAL"));
        assertThat(Csv.values(Csv.row(lines, "六", "PROCESSING_FEES"))).containsExactly("0", "0");
    }

    @Test
    void carriesThePublishedNumbersAndTheFees() {
        List<List<String>> lines =
                Csv.parse(CsvRenderer.annual(Reports.pingtan(2022, new ProcessingFees(3, new BigDecimal("1080.50")))));

        assertThat(Csv.values(Csv.row(lines, "三", "RECEIVED"))).containsExactly("71", "3", "0", "0", "0", "0", "74");
        assertThat(Csv.values(Csv.row(lines, "三", "OTHER"))).containsExactly("0", "2", "0", "0", "0", "0", "2");
        assertThat(Csv.values(Csv.row(lines, "二", "ADMINISTRATIVE_FEES"))).containsExactly("9116.36");
        assertThat(Csv.values(Csv.row(lines, "四", "REVIEWS"))).startsWith("0", "1", "1", "0", "2", "1");
        assertThat(Csv.values(Csv.row(lines, "六", "PROCESSING_FEES"))).containsExactly("3", "1080.5");
    }

    @Test
    void neutralisesTextCellsThatASpreadsheetWouldRunAsAFormula() {
        Sources.Annual zero = Reports.zero(2021);
        Report hostile = new Report(
                "@SUM(1+1)*cmd|' /C calc'!A0",
                2021,
                null,
                "agency",
                "2021",
                zero.report().proactive(),
                zero.report().applications(),
                zero.report().reviews(),
                List.of());

        List<List<String>> lines = Csv.parse(CsvRenderer.annual(
                new Sources.Annual(hostile, "=HYPERLINK(\"http://x\",\"点击\")", Reports.NO_FEES, Reports.SIGNED)));

        assertThat(lines).contains(List.of("agency_id", "'@SUM(1+1)*cmd|' /C calc'!A0"));
        assertThat(lines.get(0).get(1)).isEqualTo("'=HYPERLINK(\"http://x\",\"点击\")政府信息公开工作2021年度报告");
    }

    @Test
    void prefixesEveryFormulaStartButLeavesNumbersAndPlainTextAlone() {
        assertThat(List.of("=1+1", "+1+1", "-1+1", "@A1", "\t=1", "\r=1"))
                .allSatisfy(cell -> assertThat(CsvRenderer.neutralised(cell)).isEqualTo("'" + cell));
        assertThat(List.of("-12", "3.5", "-0.25", "0", "托里县", "kupu", "a=b", ""))
                .allSatisfy(cell -> assertThat(CsvRenderer.neutralised(cell)).isEqualTo(cell));
        assertThat(CsvRenderer.quote("=1,2")).isEqualTo("\"'=1,2\"");
    }
}
