package org.gongkai.command.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.Channel;
import org.gongkai.events.application.Outcome;

/**
 * The register template: the columns in template order with their Chinese headers, and (in the workbook) a second
 * sheet that says which columns are required and which codes or labels each code column takes. Only the first
 * sheet is read back, so the notes never become rows.
 */
final class ImportTemplate {

    private ImportTemplate() {}

    /** UTF-8 with a byte order mark: Excel opens it with the Chinese headers intact. */
    static byte[] csv() {
        String header = String.join(
                ",", Arrays.stream(Column.values()).map(Column::header).toList());
        return ("\uFEFF" + header + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            Sheet register = workbook.createSheet("登记簿");
            Row header = register.createRow(0);
            for (Column column : Column.values()) {
                header.createCell(column.ordinal()).setCellValue(column.header());
                header.getCell(column.ordinal()).setCellStyle(headerStyle);
                register.setColumnWidth(column.ordinal(), 16 * 256);
            }
            register.createFreezePane(0, 1);
            notes(workbook.createSheet("填写说明"), headerStyle);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void notes(Sheet sheet, CellStyle headerStyle) {
        List<List<String>> lines = new java.util.ArrayList<>();
        lines.add(List.of("列 column", "必填 required", "填写 what to write"));
        for (Column column : Column.values()) {
            lines.add(List.of(column.header(), column.required() ? "是" : "否", hint(column)));
        }
        for (int i = 0; i < lines.size(); i++) {
            Row row = sheet.createRow(i);
            for (int c = 0; c < lines.get(i).size(); c++) {
                row.createCell(c).setCellValue(lines.get(i).get(c));
                if (i == 0) {
                    row.getCell(c).setCellStyle(headerStyle);
                }
            }
        }
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(2, 120 * 256);
    }

    private static String hint(Column column) {
        return switch (column) {
            case APPLICATION_ID -> "可空；同一文件内不得重复。空则按行内容生成，重复上传不会重复记录";
            case CHANNEL -> codes(Channel.class, Channel::label);
            case APPLICANT_TYPE -> codes(ApplicantType.class, ApplicantType::label);
            case OUTCOME -> "与办结日期同填或同空；" + codes(Outcome.class, Outcome::label);
            case SUBJECT -> "可空；不得包含身份证号、手机号等个人信息";
            case EXTENSION_WORKING_DAYS -> "可空，1 至 20，默认 20";
            default -> "日期：2024-03-05、2024/3/5 或 2024年3月5日" + (column.required() ? "" : "；可空");
        };
    }

    private static <E extends Enum<E>> String codes(Class<E> type, Function<E, String> label) {
        return "代码或标签：" + Codes.allowed(type, label);
    }
}
