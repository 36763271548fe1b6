package org.gongkai.query.reportcheck;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes tables 三 and 四 as agencies publish them in a spreadsheet: labels typed here from DOMAIN.md §4 and §5 (not
 * taken from the production code), group labels in merged cells spanning their rows, the two-row applicant header,
 * a space inside 商业 企业 and half-width brackets in one row, as real printings have.
 */
public final class NationalLayoutSheet {

    /** The 25 rows of table 三 as printed, in order: {group cell, subgroup cell, row cell}. */
    static final List<String[]> ROWS = List.of(
            new String[] {"一、本年新收政府信息公开申请数量", "", ""},
            new String[] {"二、上年结转政府信息公开申请数量", "", ""},
            new String[] {"三、本年度办理结果", "（一）予以公开", ""},
            new String[] {"", "(二)部分公开(区分处理的，只计这一情形，不计其他情形)", ""},
            new String[] {"", "（三）不予公开", "1.属于国家秘密"},
            new String[] {"", "", "2.其他法律行政法规禁止公开"},
            new String[] {"", "", "3.危及\"三安全一稳定\""},
            new String[] {"", "", "4.保护第三方合法权益"},
            new String[] {"", "", "5.属于三类内部事务信息"},
            new String[] {"", "", "6.属于四类过程性信息"},
            new String[] {"", "", "7.属于行政执法案卷"},
            new String[] {"", "", "8.属于行政查询事项"},
            new String[] {"", "（四）无法提供", "1.本机关不掌握相关政府信息"},
            new String[] {"", "", "2.没有现成信息需要另行制作"},
            new String[] {"", "", "3.补正后申请内容仍不明确"},
            new String[] {"", "（五）不予处理", "1.信访举报投诉类申请"},
            new String[] {"", "", "2.重复申请"},
            new String[] {"", "", "3.要求提供公开出版物"},
            new String[] {"", "", "4.无正当理由大量反复申请"},
            new String[] {"", "", "5.要求行政机关确认或重新出具已获取信息"},
            new String[] {"", "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"},
            new String[] {"", "", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"},
            new String[] {"", "", "3.其他"},
            new String[] {"", "（七）总计", ""},
            new String[] {"四、结转下年度继续办理", "", ""});

    private NationalLayoutSheet() {}

    /**
     * The workbook for {@code table3} (25 rows of 7 cells; a null cell is left blank) and {@code table4} (15 cells in
     * printed order; null for none), rows of table 三 written in the order of {@code order} (indexes into ROWS).
     */
    public static byte[] workbook(List<List<Long>> table3, List<Long> table4, List<Integer> order) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("三、收到和处理政府信息公开申请情况");
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("三、收到和处理政府信息公开申请情况");
            Row header = sheet.createRow(1);
            header.createCell(0).setCellValue("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
            header.createCell(3).setCellValue("申请人情况");
            sheet.addMergedRegion(new CellRangeAddress(1, 3, 0, 2));
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 3, 9));
            Row applicants = sheet.createRow(2);
            applicants.createCell(3).setCellValue("自然人");
            applicants.createCell(4).setCellValue("法人或其他组织");
            applicants.createCell(9).setCellValue("总计");
            sheet.addMergedRegion(new CellRangeAddress(2, 3, 3, 3));
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 4, 8));
            sheet.addMergedRegion(new CellRangeAddress(2, 3, 9, 9));
            Row organisations = sheet.createRow(3);
            String[] kinds = {"商业 企业", "科研机构", "社会公益组织", "法律服务机构", "其他"};
            for (int i = 0; i < kinds.length; i++) {
                organisations.createCell(4 + i).setCellValue(kinds[i]);
            }
            int r = 4;
            for (int index : order) {
                Row row = sheet.createRow(r);
                String[] label = ROWS.get(index);
                for (int c = 0; c < 3; c++) {
                    if (!label[c].isEmpty()) {
                        row.createCell(c).setCellValue(label[c]);
                    }
                }
                List<Long> cells = table3.get(index);
                for (int c = 0; c < 7; c++) {
                    if (cells.get(c) != null) {
                        row.createCell(3 + c).setCellValue(cells.get(c));
                    }
                }
                r++;
            }
            sheet.addMergedRegion(new CellRangeAddress(6, 28, 0, 0));
            r += 2;
            sheet.createRow(r++).createCell(0).setCellValue("四、政府信息公开行政复议、行政诉讼情况");
            Row groups = sheet.createRow(r++);
            groups.createCell(0).setCellValue("行政复议");
            groups.createCell(5).setCellValue("行政诉讼");
            Row litigation = sheet.createRow(r++);
            litigation.createCell(5).setCellValue("未经复议直接起诉");
            litigation.createCell(10).setCellValue("复议后起诉");
            Row cellsHeader = sheet.createRow(r++);
            String[] names = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};
            for (int i = 0; i < 15; i++) {
                cellsHeader.createCell(i).setCellValue(names[i % 5]);
            }
            Row values = sheet.createRow(r);
            for (int i = 0; i < 15; i++) {
                if (table4.get(i) != null) {
                    values.createCell(i).setCellValue(table4.get(i));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Integer> printedOrder() {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ROWS.size(); i++) {
            order.add(i);
        }
        return order;
    }
}
