package org.gongkai.query.document;

import java.time.LocalDate;
import java.util.List;

/**
 * A report laid out for print, independent of the output format: a title, blocks in reading order and the
 * signature. HTML and DOCX render the same layout, so they cannot disagree on a label or a cell.
 */
record Layout(String title, List<String> titleLines, List<Block> blocks, String signatory, LocalDate signedOn) {

    /** A title of one printed line at 二号 (22 pt) on A4 holds about 20 characters. */
    private static final int TITLE_LINE = 20;

    /**
     * The title as printed: on one line when it fits, else the agency's name on the first line and the rest on
     * the second, as published reports set it, rather than a lone character wrapped onto a line of its own.
     */
    static List<String> titleLines(String agencyName, String rest) {
        String title = agencyName + rest;
        return title.length() <= TITLE_LINE ? List.of(title) : List.of(agencyName, rest);
    }

    sealed interface Block permits Heading, Paragraph, Table {}

    /** A section heading such as "一、总体情况". */
    record Heading(String text) implements Block {}

    /** A narrative paragraph, printed with a first-line indent. */
    record Paragraph(String text) implements Block {}

    /**
     * A table on a grid of {@code widths.size()} columns (widths in twentieths of a point, as Word counts them).
     * Each row lists only the cells that start in it; a cell spanning rows is listed once, in its first row.
     * The first {@code headerRows} rows are header rows.
     */
    record Table(String id, List<Integer> widths, int headerRows, double fontPoints, List<List<Cell>> rows)
            implements Block {}

    /** One cell: its text, how many grid columns and rows it covers, and how it is set. */
    record Cell(String text, int colSpan, int rowSpan, Kind kind) {

        enum Kind {
            /** column headings and block titles: centred */
            HEADER,
            /** row labels: left aligned */
            LABEL,
            /** counts and amounts: centred */
            NUMBER
        }

        static Cell header(String text) {
            return new Cell(text, 1, 1, Kind.HEADER);
        }

        static Cell header(String text, int colSpan, int rowSpan) {
            return new Cell(text, colSpan, rowSpan, Kind.HEADER);
        }

        static Cell label(String text) {
            return new Cell(text, 1, 1, Kind.LABEL);
        }

        static Cell label(String text, int colSpan, int rowSpan) {
            return new Cell(text, colSpan, rowSpan, Kind.LABEL);
        }

        static Cell number(long value) {
            return new Cell(Long.toString(value), 1, 1, Kind.NUMBER);
        }

        static Cell number(String value, int colSpan) {
            return new Cell(value, colSpan, 1, Kind.NUMBER);
        }
    }
}
