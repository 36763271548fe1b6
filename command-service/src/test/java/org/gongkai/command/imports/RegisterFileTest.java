package org.gongkai.command.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

class RegisterFileTest {

    private static final String CSV = "收到日期,申请方式,申请人类型,申请内容\r\n"
            + "2024-03-05,网络/在线平台,自然人,\"关于某路段施工许可的信息，含逗号\"\r\n"
            + ",,,\r\n"
            + "2024/3/6,ONLINE,商业企业,\"多行\n内容\"\r\n";

    @Test
    void readsUtf8WithAndWithoutByteOrderMarkAndGb18030AsTheSameRows() {
        Register plain = RegisterFile.read(CSV.getBytes(StandardCharsets.UTF_8));
        Register withBom = RegisterFile.read(("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_8));
        Register excelInChina = RegisterFile.read(CSV.getBytes(Charset.forName("GB18030")));

        assertThat(plain.header()).containsExactly("收到日期", "申请方式", "申请人类型", "申请内容");
        assertThat(plain.lines()).hasSize(2);
        assertThat(plain.lines().get(0).cell(3)).isEqualTo("关于某路段施工许可的信息，含逗号");
        assertThat(plain.lines().get(1).row())
                .as("the blank row keeps its number")
                .isEqualTo(4);
        assertThat(plain.lines().get(1).cell(3)).isEqualTo("多行\n内容");
        assertThat(withBom).isEqualTo(plain);
        assertThat(excelInChina).isEqualTo(plain);
    }

    @Test
    void readsTheFirstSheetOfAWorkbookWithExcelDatesAsIsoDates() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("登记簿");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("收到日期");
            header.createCell(1).setCellValue("申请方式");
            header.createCell(2).setCellValue("延期工作日数");
            Row row = sheet.createRow(1);
            var date = row.createCell(0);
            date.setCellValue(LocalDate.of(2024, 3, 5));
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
            date.setCellStyle(style);
            row.createCell(1).setCellValue("当面");
            row.createCell(2).setCellValue(15);
            workbook.createSheet("填写说明").createRow(0).createCell(0).setCellValue("not a row");
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        Register register = RegisterFile.read(xlsx);

        assertThat(register.header()).containsExactly("收到日期", "申请方式", "延期工作日数");
        assertThat(register.lines()).singleElement().satisfies(line -> {
            assertThat(line.row()).isEqualTo(2);
            assertThat(line.cells()).containsExactly("2024-03-05", "当面", "15");
        });
    }

    @Test
    void readsBothTemplatesBackAsTheirHeadersWithoutRows() {
        List<String> headers =
                java.util.Arrays.stream(Column.values()).map(Column::header).toList();

        assertThat(RegisterFile.read(ImportTemplate.csv()).header()).isEqualTo(headers);
        assertThat(RegisterFile.read(ImportTemplate.xlsx()).header()).isEqualTo(headers);
        assertThat(RegisterFile.read(ImportTemplate.xlsx()).lines()).isEmpty();
    }

    @Test
    void refusesAnOldXlsWorkbookAsAnUnsupportedFormat() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};

        assertThatThrownBy(() -> RegisterFile.read(xls))
                .isInstanceOfSatisfying(
                        ErrorResponseException.class,
                        e -> assertThat(e.getStatusCode().value()).isEqualTo(415));
    }

    @Test
    void refusesAnEmptyFileAndABrokenWorkbook() {
        assertThatThrownBy(() -> RegisterFile.read(new byte[0]))
                .isInstanceOfSatisfying(
                        UnreadableRegister.class, e -> assertThat(e.rule()).isEqualTo("EmptyFile"));
        assertThatThrownBy(() -> RegisterFile.read(new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3}))
                .isInstanceOfSatisfying(
                        UnreadableRegister.class, e -> assertThat(e.rule()).isEqualTo("UnreadableFile"));
    }
}
