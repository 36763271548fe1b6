package org.gongkai.query.letters;

/** A letter as one HTML page for the browser's print dialog: the same parts as the DOCX, A4 print styles. */
final class LetterHtml {

    private LetterHtml() {}

    static String render(Letter letter) {
        StringBuilder html = new StringBuilder(4096)
                .append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(letter.title()))
                .append("</title>\n<style>@page{size:A4;margin:37mm 26mm 35mm 28mm}"
                        + "body{font-family:FangSong,'仿宋_GB2312',serif;font-size:16pt;line-height:28pt;max-width:42em;"
                        + "margin:2em auto}h1{font-family:'方正小标宋简体',SimSun,serif;font-size:22pt;font-weight:normal;"
                        + "text-align:center;line-height:1.5}.number,.sign{text-align:right}p.body{text-indent:2em;"
                        + "margin:0}p{margin:0}</style></head><body>\n")
                .append("<h1>")
                .append(escape(letter.letterhead()))
                .append("<br>")
                .append(escape(letter.title()))
                .append("</h1>\n<p class=\"number\">")
                .append(escape(letter.number()))
                .append("</p>\n<p class=\"addressee\">")
                .append(escape(letter.addressee()))
                .append("：</p>\n");
        for (String paragraph : letter.paragraphs()) {
            html.append("<p class=\"body\">").append(escape(paragraph)).append("</p>\n");
        }
        return html.append("<p>&nbsp;</p>\n<p class=\"sign\">")
                .append(escape(letter.signature()))
                .append("</p>\n<p class=\"sign\">")
                .append(escape(LetterComposer.date(letter.date())))
                .append("</p>\n</body></html>\n")
                .toString();
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
