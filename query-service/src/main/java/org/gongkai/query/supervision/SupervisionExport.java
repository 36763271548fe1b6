package org.gongkai.query.supervision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The supervision table and the applications behind it as CSV (UTF-8 with BOM for Excel, CRLF, RFC 4180) and XLSX
 * (sheet 督办汇总 and sheet 明细). Counts are numbers in both; the rate is a number of percent, empty when there is
 * nothing to rate. Application ids only: the read model holds no applicant data.
 */
final class SupervisionExport {

    static final List<String> SUMMARY_HEAD =
            List.of("机构", "机构编码", "即将逾期", "逾期未办理", "逾期已办理", "按期办理", "按时办结率（%）", "逾期要求补正（第三十条）", "延迟答复（第三十五条）");
    static final List<String> ITEM_HEAD = List.of("申请编号", "机构", "情形", "收到申请日期", "答复期限", "办结日期", "工作日（剩余或逾期）");

    private SupervisionExport() {}

    static String title(Supervision table, String rootName) {
        return rootName + "政府信息公开申请办理督办表（" + table.from() + "至" + table.to() + "，统计日期" + table.today() + "）";
    }

    static List<List<Object>> summary(Supervision table) {
        List<List<Object>> lines = new ArrayList<>();
        table.rows().forEach(row -> lines.add(line(row)));
        lines.add(line(table.total()));
        return lines;
    }

    static List<List<Object>> items(List<Supervision.Item> items, Function<String, String> names) {
        return items.stream()
                .map(item -> List.<Object>of(
                        item.applicationId(),
                        names.apply(item.agencyId()),
                        item.category().label(),
                        item.receivedOn().toString(),
                        item.dueOn().toString(),
                        item.closedOn() == null ? "" : item.closedOn().toString(),
                        (long) item.workingDays()))
                .toList();
    }

    private static List<Object> line(Supervision.Row row) {
        return List.of(
                row.agencyName(),
                row.agencyId() == null ? "" : row.agencyId(),
                row.dueSoon(),
                row.overdueOpen(),
                row.answeredLate(),
                row.answeredOnTime(),
                row.onTimeRate() == null ? "" : row.onTimeRate(),
                row.lateSupplementRequests(),
                row.deferredAnswers());
    }

    static byte[] csv(String title, List<List<Object>> summary, List<List<Object>> items) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(cell(title)).append("\r\n");
        append(out, SUMMARY_HEAD, summary);
        out.append("\r\n");
        append(out, ITEM_HEAD, items);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void append(StringBuilder out, List<String> head, List<List<Object>> lines) {
        out.append(String.join(",", head.stream().map(SupervisionExport::cell).toList()))
                .append("\r\n");
        lines.forEach(line -> out.append(String.join(
                        ",", line.stream().map(SupervisionExport::cell).toList()))
                .append("\r\n"));
    }

    private static String cell(Object value) {
        String text = value.toString();
        return text.matches(".*[\",\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    static byte[] xlsx(String title, List<List<Object>> summary, List<List<Object>> items) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheet(book.createSheet("督办汇总"), title, SUMMARY_HEAD, summary);
            sheet(book.createSheet("明细"), title, ITEM_HEAD, items);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Sheet sheet, String title, List<String> head, List<List<Object>> lines) {
        sheet.createRow(0).createCell(0).setCellValue(title);
        Row header = sheet.createRow(1);
        for (int c = 0; c < head.size(); c++) {
            header.createCell(c).setCellValue(head.get(c));
        }
        for (int r = 0; r < lines.size(); r++) {
            Row row = sheet.createRow(r + 2);
            List<Object> line = lines.get(r);
            for (int c = 0; c < line.size(); c++) {
                Object value = line.get(c);
                if (value instanceof Number number) {
                    row.createCell(c).setCellValue(number.doubleValue());
                } else {
                    row.createCell(c).setCellValue(value.toString());
                }
            }
        }
        for (int c = 0; c < head.size(); c++) {
            sheet.setColumnWidth(c, 16 * 256);
        }
    }
}
