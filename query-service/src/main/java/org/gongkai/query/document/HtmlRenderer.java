package org.gongkai.query.document;

import java.util.List;
import org.gongkai.query.document.Layout.Block;
import org.gongkai.query.document.Layout.Cell;
import org.gongkai.query.document.Layout.Heading;
import org.gongkai.query.document.Layout.Paragraph;
import org.gongkai.query.document.Layout.Table;

/** A self-contained, print-ready HTML page (A4, no scripts, no external resources) of a layout. */
final class HtmlRenderer {

    private static final String STYLE = """
            @page { size: A4; margin: 2.5cm 2.2cm; }
            body { font-family: "FangSong", "仿宋_GB2312", "仿宋", "STFangsong", "Noto Serif CJK SC", serif;
                   font-size: 16pt; line-height: 1.6; max-width: 16.5cm; margin: 2em auto; color: #000; }
            h1 { font-family: "方正小标宋简体", "SimSun", "Noto Serif CJK SC", serif; font-size: 22pt;
                 font-weight: normal; text-align: center; margin: 0 0 1em; }
            h2 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 16pt; font-weight: normal;
                 margin: 1em 0 0.5em; page-break-after: avoid; }
            p { text-indent: 2em; margin: 0; }
            table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 0.5em 0 1em;
                    font-family: "SimSun", "宋体", "Noto Serif CJK SC", serif; page-break-inside: auto; }
            td, th { border: 1px solid #000; padding: 2px 3px; vertical-align: middle; line-height: 1.3;
                     word-break: break-all; }
            th, td.number { text-align: center; font-weight: normal; }
            td.label { text-align: left; }
            tr { page-break-inside: avoid; }
            .signature { text-align: right; margin-top: 3em; text-indent: 0; }
            """;

    private HtmlRenderer() {}

    static String render(Layout layout) {
        StringBuilder html = new StringBuilder(32_000);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n<title>")
                .append(escape(layout.title()))
                .append("</title>\n<style>\n")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n<h1>")
                .append(String.join(
                        "<br>",
                        layout.titleLines().stream().map(HtmlRenderer::escape).toList()))
                .append("</h1>\n");
        for (Block block : layout.blocks()) {
            if (block instanceof Heading heading) {
                html.append("<h2>").append(escape(heading.text())).append("</h2>\n");
            } else if (block instanceof Paragraph paragraph) {
                html.append("<p>").append(escape(paragraph.text())).append("</p>\n");
            } else if (block instanceof Table table) {
                table(html, table);
            }
        }
        html.append("<p class=\"signature\">")
                .append(escape(layout.signatory()))
                .append("<br>")
                .append(ChineseDate.of(layout.signedOn()))
                .append("</p>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void table(StringBuilder html, Table table) {
        int total = table.widths().stream().mapToInt(Integer::intValue).sum();
        html.append("<table class=\"table-")
                .append(escape(table.id()))
                .append("\" style=\"font-size:")
                .append(table.fontPoints())
                .append("pt\">\n<colgroup>");
        for (int width : table.widths()) {
            html.append("<col style=\"width:")
                    .append(String.format("%.2f", 100.0 * width / total))
                    .append("%\">");
        }
        html.append("</colgroup>\n");
        List<List<Cell>> rows = table.rows();
        if (table.headerRows() > 0) {
            html.append("<thead>\n");
        }
        for (int r = 0; r < rows.size(); r++) {
            if (r == table.headerRows()) {
                html.append(table.headerRows() > 0 ? "</thead>\n<tbody>\n" : "<tbody>\n");
            }
            html.append(r < table.headerRows() ? "<tr>" : "<tr class=\"data\">");
            for (Cell cell : rows.get(r)) {
                cell(html, cell);
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static void cell(StringBuilder html, Cell cell) {
        String tag = cell.kind() == Cell.Kind.HEADER ? "th" : "td";
        html.append('<').append(tag);
        if (cell.kind() != Cell.Kind.HEADER) {
            html.append(" class=\"")
                    .append(cell.kind() == Cell.Kind.NUMBER ? "number" : "label")
                    .append('"');
        }
        if (cell.colSpan() > 1) {
            html.append(" colspan=\"").append(cell.colSpan()).append('"');
        }
        if (cell.rowSpan() > 1) {
            html.append(" rowspan=\"").append(cell.rowSpan()).append('"');
        }
        html.append('>').append(escape(cell.text())).append("</").append(tag).append('>');
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
