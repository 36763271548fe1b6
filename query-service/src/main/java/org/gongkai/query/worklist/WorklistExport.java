package org.gongkai.query.worklist;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A worklist view as CSV (UTF-8 with BOM for Excel, CRLF, RFC 4180) and XLSX (one sheet, written streaming so a
 * large view does not hold every cell in memory). Working days left is a number; dates are ISO text in both.
 */
final class WorklistExport {

    static final List<String> HEAD =
            List.of("案件编号", "申请编号", "机构", "收到申请日期", "申请内容", "申请人类型", "状态", "答复期限", "剩余工作日", "补正期限", "缴费期限", "办结日期");

    static final Map<String, String> STATES = Map.of(
            "RUNNING", "办理中",
            "SUPPLEMENT", "待补正",
            "PAYMENT", "待缴费",
            "CONSULTATION", "征求意见中",
            "CLOSED", "已办结");

    /** Added to the state of a case whose applicant let the supplement or payment deadline pass. */
    static final String LAPSED = "（申请人已逾期）";

    private WorklistExport() {}

    static List<List<Object>> lines(List<WorklistItem> items) {
        List<List<Object>> lines = new ArrayList<>();
        for (WorklistItem i : items) {
            List<Object> line = new ArrayList<>();
            line.add(text(i.caseNumber()));
            line.add(i.applicationId());
            line.add(text(i.agencyName()));
            line.add(date(i.receivedOn()));
            line.add(text(i.subject()));
            line.add(i.applicantType().label());
            // the flag of the list (applicantDeadlinePassed) in the state, where a spreadsheet filter finds it
            line.add(STATES.getOrDefault(i.state(), i.state()) + (i.applicantDeadlinePassed() ? LAPSED : ""));
            line.add(date(i.dueOn()));
            line.add(i.workingDaysLeft() == null ? "" : i.workingDaysLeft());
            line.add(date(i.supplementDueOn()));
            line.add(date(i.paymentDueOn()));
            line.add(date(i.closedOn()));
            lines.add(line);
        }
        return lines;
    }

    static byte[] csv(List<List<Object>> lines) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(String.join(",", HEAD.stream().map(WorklistExport::cell).toList()))
                .append("\r\n");
        lines.forEach(line -> out.append(
                        String.join(",", line.stream().map(WorklistExport::cell).toList()))
                .append("\r\n"));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(List<List<Object>> lines) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet("待办");
            write(sheet.createRow(0), new ArrayList<>(HEAD));
            for (int i = 0; i < lines.size(); i++) {
                write(sheet.createRow(i + 1), lines.get(i));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<?> values) {
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else {
                row.createCell(c).setCellValue(value.toString());
            }
        }
    }

    /**
     * A CSV cell; text that a spreadsheet would run as a formula (a subject starting with =, +, - or @) is
     * prefixed with an apostrophe, since the subject is typed by staff from what an applicant wrote.
     */
    private static String cell(Object value) {
        String text = value.toString();
        if (value instanceof String && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.matches("(?s).*[\",\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String date(LocalDate value) {
        return value == null ? "" : value.toString();
    }
}
