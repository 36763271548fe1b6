package org.gongkai.query.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gongkai.query.document.Layout.Block;
import org.gongkai.query.document.Layout.Cell;
import org.gongkai.query.document.Layout.Heading;
import org.gongkai.query.document.Layout.Paragraph;
import org.gongkai.query.document.Layout.Table;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * A layout as a Word document: A4, the fonts of official documents (方正小标宋 title, 黑体 headings, 仿宋 body,
 * 宋体 tables; Word and LibreOffice substitute what is not installed), and real tables on a fixed grid with
 * merged cells (gridSpan across, vMerge down) so the document can be edited and published as is.
 */
final class DocxRenderer {

    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN_SIDE = 1304;
    private static final int MARGIN_TOP = 1440;
    private static final String TITLE_FONT = "方正小标宋简体";
    private static final String HEADING_FONT = "黑体";
    private static final String BODY_FONT = "仿宋_GB2312";
    private static final String TABLE_FONT = "宋体";
    private static final String LATIN_FONT = "Times New Roman";

    private DocxRenderer() {}

    static byte[] render(Layout layout) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingAfter(400);
            for (int i = 0; i < layout.titleLines().size(); i++) {
                XWPFRun line = run(title, layout.titleLines().get(i), TITLE_FONT, 22, false);
                if (i < layout.titleLines().size() - 1) {
                    line.addBreak();
                }
            }
            for (Block block : layout.blocks()) {
                if (block instanceof Heading heading) {
                    XWPFParagraph p = bodyParagraph(doc, 0);
                    p.setSpacingBefore(120);
                    p.setKeepNext(true);
                    run(p, heading.text(), HEADING_FONT, 16, false);
                } else if (block instanceof Paragraph paragraph) {
                    run(bodyParagraph(doc, 640), paragraph.text(), BODY_FONT, 16, false);
                } else if (block instanceof Table table) {
                    table(doc, table);
                }
            }
            bodyParagraph(doc, 0);
            for (String line : List.of(layout.signatory(), ChineseDate.of(layout.signedOn()))) {
                XWPFParagraph p = bodyParagraph(doc, 0);
                p.setAlignment(ParagraphAlignment.RIGHT);
                run(p, line, BODY_FONT, 16, false);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the DOCX", e);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        section.addNewPgSz().setW(BigInteger.valueOf(PAGE_WIDTH));
        section.getPgSz().setH(BigInteger.valueOf(PAGE_HEIGHT));
        var margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_TOP));
        margins.setLeft(BigInteger.valueOf(MARGIN_SIDE));
        margins.setRight(BigInteger.valueOf(MARGIN_SIDE));
    }

    /** Body text: exact 28 pt lines as official documents set 三号仿宋; first-line indent of two characters. */
    private static XWPFParagraph bodyParagraph(XWPFDocument doc, int firstLineTwips) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBetween(28, LineSpacingRule.EXACT);
        p.setSpacingAfter(0);
        if (firstLineTwips > 0) {
            p.setIndentationFirstLine(firstLineTwips);
        }
        return p;
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, String font, double points, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
        run.setFontSize(points);
        run.setBold(bold);
        return run;
    }

    private static void table(XWPFDocument doc, Table table) {
        XWPFTable t = doc.createTable();
        t.removeRow(0);
        tableProperties(t, table);
        List<List<Slot>> grid = Slot.grid(table);
        for (int r = 0; r < grid.size(); r++) {
            XWPFTableRow row = t.insertNewTableRow(r);
            row.setCantSplitRow(true);
            if (r < table.headerRows()) {
                row.setRepeatHeader(true);
            }
            for (Slot slot : grid.get(r)) {
                cell(row.addNewTableCell(), slot, table);
            }
        }
        // A paragraph after each table keeps two tables from fusing and gives the next heading its space.
        doc.createParagraph().setSpacingAfter(0);
    }

    private static void tableProperties(XWPFTable t, Table table) {
        int total = table.widths().stream().mapToInt(Integer::intValue).sum();
        CTTblPr pr = t.getCTTbl().getTblPr() == null
                ? t.getCTTbl().addNewTblPr()
                : t.getCTTbl().getTblPr();
        var width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(total));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        (pr.isSetJc() ? pr.getJc() : pr.addNewJc()).setVal(STJcTable.CENTER);
        CTTblBorders borders = pr.isSetTblBorders() ? pr.getTblBorders() : pr.addNewTblBorders();
        for (CTBorder border : List.of(
                borders.isSetTop() ? borders.getTop() : borders.addNewTop(),
                borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom(),
                borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft(),
                borders.isSetRight() ? borders.getRight() : borders.addNewRight(),
                borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH(),
                borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV())) {
            border.setVal(STBorder.SINGLE);
            border.setSz(BigInteger.valueOf(4));
            border.setColor("000000");
        }
        CTTblGrid grid = t.getCTTbl().getTblGrid() == null
                ? t.getCTTbl().addNewTblGrid()
                : t.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        table.widths().forEach(w -> grid.addNewGridCol().setW(BigInteger.valueOf(w)));
    }

    private static void cell(XWPFTableCell cell, Slot slot, Table table) {
        CTTcPr pr = cell.getCTTc().isSetTcPr()
                ? cell.getCTTc().getTcPr()
                : cell.getCTTc().addNewTcPr();
        var width = pr.addNewTcW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(slot.width(table.widths())));
        if (slot.cell().colSpan() > 1) {
            pr.addNewGridSpan().setVal(BigInteger.valueOf(slot.cell().colSpan()));
        }
        if (slot.cell().rowSpan() > 1) {
            pr.addNewVMerge().setVal(slot.continuation() ? STMerge.CONTINUE : STMerge.RESTART);
        }
        pr.addNewVAlign().setVal(STVerticalJc.CENTER);
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setSpacingAfter(0);
        p.setSpacingBefore(0);
        p.setSpacingBetween(1.0);
        p.setAlignment(slot.cell().kind() == Cell.Kind.LABEL ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
        if (!slot.continuation()) {
            run(p, slot.cell().text(), TABLE_FONT, table.fontPoints(), false);
        }
    }

    /**
     * One physical Word cell: a layout cell where it starts, or its vertical continuation in a later row (Word
     * needs a cell with vMerge=continue there, of the same gridSpan).
     */
    private record Slot(Cell cell, int column, boolean continuation) {

        int width(List<Integer> widths) {
            int sum = 0;
            for (int c = column; c < column + cell.colSpan(); c++) {
                sum += widths.get(c);
            }
            return sum;
        }

        static List<List<Slot>> grid(Table table) {
            int rows = table.rows().size();
            int columns = table.widths().size();
            Slot[][] owner = new Slot[rows][columns];
            int[][] startRow = new int[rows][columns];
            for (int r = 0; r < rows; r++) {
                int c = 0;
                for (Cell cell : table.rows().get(r)) {
                    while (c < columns && owner[r][c] != null) {
                        c++;
                    }
                    if (c + cell.colSpan() > columns || r + cell.rowSpan() > rows) {
                        throw new IllegalStateException(
                                "table " + table.id() + " row " + r + ": cell '" + cell.text() + "' leaves the grid");
                    }
                    Slot slot = new Slot(cell, c, false);
                    for (int dr = 0; dr < cell.rowSpan(); dr++) {
                        for (int dc = 0; dc < cell.colSpan(); dc++) {
                            owner[r + dr][c + dc] = slot;
                            startRow[r + dr][c + dc] = r;
                        }
                    }
                    c += cell.colSpan();
                }
            }
            List<List<Slot>> physical = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                List<Slot> row = new ArrayList<>();
                for (int c = 0; c < columns; ) {
                    Slot slot = owner[r][c];
                    if (slot == null) {
                        throw new IllegalStateException(
                                "table " + table.id() + " row " + r + " column " + c + " is not covered");
                    }
                    row.add(startRow[r][c] == r ? slot : new Slot(slot.cell(), slot.column(), true));
                    c += slot.cell().colSpan();
                }
                physical.add(row);
            }
            return physical;
        }
    }
}
