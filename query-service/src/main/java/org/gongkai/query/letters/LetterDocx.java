package org.gongkai.query.letters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A letter as a Word document in the layout of official letters (GB/T 9704): A4, the sender's name and the title
 * centred in 小标宋, the document number right-aligned, 三号仿宋 body on exact 28 pt lines with a two-character
 * indent, the sender and the date at the foot. Editable, so the clerk can fill the blanks before printing.
 */
final class LetterDocx {

    private static final String TITLE_FONT = "方正小标宋简体";
    private static final String BODY_FONT = "仿宋_GB2312";
    private static final String LATIN_FONT = "Times New Roman";

    private LetterDocx() {}

    static byte[] render(Letter letter) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            XWPFParagraph head = doc.createParagraph();
            head.setAlignment(ParagraphAlignment.CENTER);
            run(head, letter.letterhead(), TITLE_FONT, 22).addBreak();
            run(head, letter.title(), TITLE_FONT, 22);
            XWPFParagraph number = body(doc, 0);
            number.setAlignment(ParagraphAlignment.RIGHT);
            run(number, letter.number(), BODY_FONT, 16);
            run(body(doc, 0), letter.addressee() + "：", BODY_FONT, 16);
            for (String paragraph : letter.paragraphs()) {
                run(body(doc, 640), paragraph, BODY_FONT, 16);
            }
            body(doc, 0);
            for (String line : new String[] {letter.signature(), LetterComposer.date(letter.date())}) {
                XWPFParagraph p = body(doc, 0);
                p.setAlignment(ParagraphAlignment.RIGHT);
                run(p, line, BODY_FONT, 16);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the letter", e);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        section.addNewPgSz().setW(BigInteger.valueOf(11906));
        section.getPgSz().setH(BigInteger.valueOf(16838));
        var margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(2098)); // 37 mm, GB/T 9704
        margins.setBottom(BigInteger.valueOf(1984));
        margins.setLeft(BigInteger.valueOf(1587));
        margins.setRight(BigInteger.valueOf(1474));
    }

    private static XWPFParagraph body(XWPFDocument doc, int firstLineTwips) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBetween(28, LineSpacingRule.EXACT);
        p.setSpacingAfter(0);
        if (firstLineTwips > 0) {
            p.setIndentationFirstLine(firstLineTwips);
        }
        return p;
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, String font, double points) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
        run.setFontSize(points);
        return run;
    }
}
