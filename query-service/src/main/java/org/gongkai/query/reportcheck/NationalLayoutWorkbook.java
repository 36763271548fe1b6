package org.gongkai.query.reportcheck;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads tables 三 and 四 from an XLSX laid out as the national format prints them: table 三 under a header row whose
 * first applicant column reads 自然人 (seven value columns from there), its 25 rows found in order by their printed
 * labels, wherever the labels sit left of the values and however they are merged or spaced; table 四 as the first
 * row of values under the header row that reads 结果维持 (15 cells from the first 结果维持). Labels are compared on their
 * letters and digits only, so "商业 企业", full- or half-width brackets and different quote marks all match.
 */
final class NationalLayoutWorkbook {

    private static final Pattern NUMBERING = Pattern.compile("^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\\d+[.．])");

    /** Words that differ between the annual and the quarterly table and between printings. */
    private static final Pattern PERIOD_WORDS = Pattern.compile("本年度|本年|本季度|上年|上季度|下年度|下季度");

    private static final Pattern INTEGER = Pattern.compile("-?\\d+");

    private final DataFormatter formatter = new DataFormatter();

    private NationalLayoutWorkbook() {}

    static UploadedTables read(byte[] body) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            return new NationalLayoutWorkbook().tables(workbook);
        } catch (IOException | RuntimeException notAWorkbook) {
            if (notAWorkbook instanceof UnreadableUpload unreadable) {
                throw unreadable;
            }
            throw new UnreadableUpload("body", "must be an XLSX workbook (Office Open XML): it could not be opened");
        }
    }

    private UploadedTables tables(Workbook workbook) {
        for (Sheet sheet : workbook) {
            int header = findRow(sheet, 0, "自然人");
            if (header >= 0) {
                Map<String, List<Long>> applications = applications(sheet, header);
                return new UploadedTables(applications, reviews(sheet, header));
            }
        }
        throw new UnreadableUpload("body", "has no table 三: no sheet has a header cell reading 自然人");
    }

    private Map<String, List<Long>> applications(Sheet sheet, int header) {
        int firstColumn = column(sheet.getRow(header), "自然人");
        List<Map.Entry<String, String>> expected = new ArrayList<>(UploadedTables.ROW_LABELS.entrySet());
        Map<String, List<Long>> rows = new LinkedHashMap<>();
        int next = 0;
        for (int r = header + 1; r <= sheet.getLastRowNum() && next < expected.size(); r++) {
            Row row = sheet.getRow(r);
            String label = row == null ? "" : normalise(labelLeftOf(row, firstColumn));
            if (label.isEmpty()) {
                continue;
            }
            Map.Entry<String, String> wanted = expected.get(next);
            if (label.contains(key(wanted.getValue()))) {
                rows.put(wanted.getKey(), values(row, firstColumn, UploadedTables.COLUMNS.size()));
                next++;
            } else if (next > 0) {
                throw new UnreadableUpload(
                        "row " + (r + 1),
                        "should be table 三's row “" + wanted.getValue() + "” but reads “"
                                + labelLeftOf(row, firstColumn).strip()
                                + "”: the 25 rows must follow the national format's order");
            }
        }
        if (next < expected.size()) {
            throw new UnreadableUpload(
                    "表三",
                    "has no row “" + expected.get(next).getValue()
                            + "”: table 三 needs all 25 rows of the national format");
        }
        return rows;
    }

    private Map<String, Map<String, Long>> reviews(Sheet sheet, int from) {
        int header = findRow(sheet, from, "结果维持");
        Map<String, Map<String, Long>> reviews = new HashMap<>();
        if (header < 0) {
            return reviews;
        }
        int firstColumn = column(sheet.getRow(header), "结果维持");
        int width = UploadedTables.REVIEW_CELLS.size() * 3;
        for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            List<Long> values = values(row, firstColumn, width);
            if (values.stream().allMatch(v -> v == null) && blank(row, firstColumn, width)) {
                continue;
            }
            int i = 0;
            for (String group : List.of("RECONSIDERATION", "LITIGATION_DIRECT", "LITIGATION_AFTER_RECONSIDERATION")) {
                Map<String, Long> cells = new HashMap<>();
                for (String cell : UploadedTables.REVIEW_CELLS) {
                    cells.put(cell, values.get(i++));
                }
                reviews.put(group, cells);
            }
            return reviews;
        }
        return reviews;
    }

    private int findRow(Sheet sheet, int from, String text) {
        for (int r = from; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r) != null && column(sheet.getRow(r), text) >= 0) {
                return r;
            }
        }
        return -1;
    }

    private int column(Row row, String text) {
        for (Cell cell : row) {
            if (normalise(formatter.formatCellValue(cell)).equals(text)) {
                return cell.getColumnIndex();
            }
        }
        return -1;
    }

    private String labelLeftOf(Row row, int firstValueColumn) {
        StringBuilder label = new StringBuilder();
        Iterator<Cell> cells = row.cellIterator();
        while (cells.hasNext()) {
            Cell cell = cells.next();
            if (cell.getColumnIndex() < firstValueColumn) {
                label.append(formatter.formatCellValue(cell));
            }
        }
        return label.toString();
    }

    private boolean blank(Row row, int first, int width) {
        for (int c = first; c < first + width; c++) {
            Cell cell = row.getCell(c);
            if (cell != null && !formatter.formatCellValue(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The cells as printed: a whole number, or null where the cell is blank or not a whole number. */
    private List<Long> values(Row row, int first, int width) {
        List<Long> values = new ArrayList<>(width);
        for (int c = first; c < first + width; c++) {
            values.add(value(row.getCell(c)));
        }
        return values;
    }

    private Long value(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            double number = cell.getNumericCellValue();
            return number == Math.rint(number) && Math.abs(number) < 1e15 ? (long) number : null;
        }
        if (type == CellType.STRING) {
            String text = cell.getStringCellValue().strip();
            return INTEGER.matcher(text).matches() && text.length() < 16 ? Long.parseLong(text) : null;
        }
        return null;
    }

    /** A printed label's distinguishing words: without its numbering, its bracketed note and the period words. */
    static String key(String label) {
        String text = label.strip();
        text = NUMBERING.matcher(text).replaceFirst("");
        int note = text.indexOf('（');
        return normalise(note > 0 ? text.substring(0, note) : text);
    }

    static String normalise(String text) {
        String withoutPeriod = PERIOD_WORDS.matcher(text).replaceAll("");
        StringBuilder letters = new StringBuilder(withoutPeriod.length());
        withoutPeriod.codePoints().filter(Character::isLetterOrDigit).forEach(letters::appendCodePoint);
        return letters.toString();
    }
}
