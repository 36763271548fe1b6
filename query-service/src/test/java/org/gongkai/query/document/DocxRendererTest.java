package org.gongkai.query.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

class DocxRendererTest {

    static XWPFDocument open(Sources.Annual source) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(DocxRenderer.render(AnnualLayout.of(source))));
    }

    @Test
    void opensAgainWithTitleSectionsThreeTablesAndSignature() throws IOException {
        try (XWPFDocument doc = open(Reports.zero(2021))) {
            List<String> paragraphs =
                    doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();

            assertThat(paragraphs.get(0)).isEqualTo("托里县库普乡人民政府\n政府信息公开工作2021年度报告");
            assertThat(paragraphs).containsSubsequence(OfficialLabels.SECTIONS);
            assertThat(paragraphs).containsSubsequence("托里县库普乡人民政府", "2022年1月20日");
            assertThat(doc.getTables()).hasSize(3);
        }
    }

    @Test
    void tableTwoPrintsTheFormatsLabelsWithOneMergedCellPerDecisionRow() throws IOException {
        try (XWPFDocument doc = open(Reports.zero(2021))) {
            XWPFTable two = doc.getTables().get(0);

            assertThat(text(two))
                    .contains(OfficialLabels.TABLE_TWO.toArray(String[]::new))
                    .doesNotContain("\t规范性文件\t");
            XWPFTableRow licensing = row(two, "行政许可");
            assertThat(licensing.getTableCells()).hasSize(2);
            assertThat(gridSpan(licensing.getCell(1))).isEqualTo(3);
            assertThat(gridSpan(two.getRow(0).getCell(0))).isEqualTo(4);
        }
    }

    @Test
    void tableThreeHasItsMergedHeaderAndGroupCells() throws IOException {
        try (XWPFDocument doc = open(Reports.zero(2021))) {
            XWPFTable three = doc.getTables().get(1);

            assertThat(three.getRows()).hasSize(3 + 25);
            XWPFTableCell note = three.getRow(0).getCell(0);
            assertThat(note.getText()).isEqualTo(NationalTables.CHECK_NOTE);
            assertThat(gridSpan(note)).isEqualTo(3);
            assertThat(vMerge(note)).isEqualTo(STMerge.RESTART);
            assertThat(vMerge(three.getRow(1).getCell(0))).isEqualTo(STMerge.CONTINUE);
            assertThat(vMerge(three.getRow(2).getCell(0))).isEqualTo(STMerge.CONTINUE);
            assertThat(gridSpan(three.getRow(0).getCell(1))).isEqualTo(7);
            assertThat(three.getRow(1).getCell(2).getText()).isEqualTo("法人或其他组织");
            assertThat(gridSpan(three.getRow(1).getCell(2))).isEqualTo(5);
            XWPFTableCell handling = three.getRow(5).getCell(0);
            assertThat(handling.getText()).isEqualTo("三、本年度办理结果");
            assertThat(vMerge(handling)).isEqualTo(STMerge.RESTART);
            for (int r = 6; r <= 26; r++) {
                assertThat(vMerge(three.getRow(r).getCell(0))).as("row " + r).isEqualTo(STMerge.CONTINUE);
            }
            assertThat(vMerge(three.getRow(27).getCell(0))).isNull();
            assertThat(three.getRow(7).getCell(1).getText()).isEqualTo("（三）不予公开");
            assertThat(vMerge(three.getRow(8).getCell(1))).isEqualTo(STMerge.CONTINUE);
            for (int r = 3; r < 28; r++) {
                List<XWPFTableCell> cells = three.getRow(r).getTableCells();
                assertThat(cells.subList(cells.size() - 7, cells.size()))
                        .as("row " + r)
                        .allSatisfy(c -> assertThat(c.getText()).isEqualTo("0"));
            }
        }
    }

    @Test
    void carriesEveryPublishedNumberIntoItsCell() throws IOException {
        Sources.Annual source = Reports.pingtan(2022, Reports.NO_FEES);
        try (XWPFDocument doc = open(source)) {
            XWPFTable three = doc.getTables().get(1);
            var rows = source.report().applications().rows();
            for (int i = 0; i < rows.size(); i++) {
                List<XWPFTableCell> cells = three.getRow(3 + i).getTableCells();
                List<String> printed = cells.subList(cells.size() - 7, cells.size()).stream()
                        .map(XWPFTableCell::getText)
                        .toList();
                assertThat(printed)
                        .as(rows.get(i).code())
                        .isEqualTo(rows.get(i).counts().stream()
                                .map(String::valueOf)
                                .toList());
            }
            XWPFTable four = doc.getTables().get(2);
            assertThat(four.getRows()).hasSize(4);
            assertThat(four.getRow(3).getTableCells())
                    .extracting(XWPFTableCell::getText)
                    .containsExactly("0", "1", "1", "0", "2", "1", "0", "0", "0", "1", "0", "0", "0", "0", "0");
            assertThat(gridSpan(four.getRow(0).getCell(1))).isEqualTo(10);
            assertThat(vMerge(four.getRow(1).getCell(0))).isEqualTo(STMerge.RESTART);
            assertThat(vMerge(four.getRow(2).getCell(0))).isEqualTo(STMerge.CONTINUE);
            assertThat(row(doc.getTables().get(0), "行政规范性文件").getTableCells())
                    .extracting(XWPFTableCell::getText)
                    .containsExactly("行政规范性文件", "88", "55", "698");
            assertThat(row(doc.getTables().get(0), "行政事业性收费").getCell(1).getText())
                    .isEqualTo("9116.36");
        }
    }

    static String text(XWPFTable table) {
        StringBuilder all = new StringBuilder();
        table.getRows()
                .forEach(r ->
                        r.getTableCells().forEach(c -> all.append(c.getText()).append('\t')));
        return all.toString();
    }

    static XWPFTableRow row(XWPFTable table, String label) {
        return table.getRows().stream()
                .filter(r -> r.getCell(0).getText().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label));
    }

    static int gridSpan(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        return pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
    }

    static STMerge.Enum vMerge(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        if (!pr.isSetVMerge()) {
            return null;
        }
        // An absent val means "continue" in OOXML.
        return pr.getVMerge().isSetVal() ? pr.getVMerge().getVal() : STMerge.CONTINUE;
    }
}
