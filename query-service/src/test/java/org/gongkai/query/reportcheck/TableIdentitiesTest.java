package org.gongkai.query.reportcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.query.statistics.ApplicationsTable;
import org.gongkai.query.statistics.TallyCounts;
import org.junit.jupiter.api.Test;

class TableIdentitiesTest {

    final ObjectMapper mapper = new ObjectMapper();

    static ApplicationsTable consistentTable() {
        return ApplicationsTable.of(
                new TallyCounts()
                        .addOpening(ApplicantType.NATURAL_PERSON, 2)
                        .addWithin(ApplicantType.NATURAL_PERSON, "RECEIVED", 9)
                        .addWithin(ApplicantType.COMMERCIAL_ENTERPRISE, "RECEIVED", 2)
                        .addWithin(ApplicantType.NATURAL_PERSON, "DISCLOSED", 6)
                        .addWithin(ApplicantType.COMMERCIAL_ENTERPRISE, "UNAVAILABLE_NOT_HELD", 2),
                false);
    }

    static Map<String, Map<String, Long>> reviews(long directTotal) {
        Map<String, Map<String, Long>> reviews = new LinkedHashMap<>();
        reviews.put("RECONSIDERATION", cells(1, 0, 0, 1, 2));
        reviews.put("LITIGATION_DIRECT", cells(2, 1, 0, 1, directTotal));
        reviews.put("LITIGATION_AFTER_RECONSIDERATION", cells(0, 0, 0, 0, 0));
        return reviews;
    }

    static Map<String, Long> cells(long upheld, long corrected, long other, long pending, long total) {
        Map<String, Long> cells = new LinkedHashMap<>();
        cells.put("UPHELD", upheld);
        cells.put("CORRECTED", corrected);
        cells.put("OTHER", other);
        cells.put("PENDING", pending);
        cells.put("TOTAL", total);
        return cells;
    }

    byte[] json(ApplicationsTable table, Map<String, Map<String, Long>> reviews) throws Exception {
        return mapper.writeValueAsBytes(Map.of("applications", table, "reviews", reviews));
    }

    @Test
    void passesAReportWhoseTablesAddUp() throws Exception {
        assertThat(TableIdentities.of(UploadReader.json(json(consistentTable(), reviews(4)))))
                .isEmpty();
    }

    @Test
    void findsTableFourTotalsThatAreNotTheSumOfTheirCellsAsInHongze2023() throws Exception {
        // Hongze 2023 printed totals in table 四 that its own cells do not add up to: here 直接起诉 2 + 1 + 0 + 1 = 4,
        // printed 3.
        List<Finding> findings = TableIdentities.of(UploadReader.json(json(consistentTable(), reviews(3))));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo("REVIEW_TOTALS");
            assertThat(f.table()).isEqualTo("四");
            assertThat(f.row()).isEqualTo("行政诉讼（未经复议直接起诉）");
            assertThat(f.column()).isEqualTo("总计");
            assertThat(f.printed()).isEqualTo(3L);
            assertThat(f.expected()).isEqualTo(4L);
            assertThat(f.message()).contains("印为3", "为4");
        });
    }

    @Test
    void namesTheRowAndColumnOfABrokenRowTotalAndOfTheColumnIdentity() throws Exception {
        ApplicationsTable good = consistentTable();
        List<ApplicationsTable.Row> rows = new ArrayList<>(good.rows());
        // 本年新收 自然人 printed as 10 instead of 9, the 总计 left at 11
        rows.set(0, new ApplicationsTable.Row("RECEIVED", rows.get(0).label(), List.of(10L, 2L, 0L, 0L, 0L, 0L, 11L)));

        List<Finding> findings =
                TableIdentities.of(UploadReader.json(json(new ApplicationsTable(good.columns(), rows), reviews(4))));

        assertThat(findings).extracting(Finding::check).containsExactlyInAnyOrder("ROW_TOTALS", "COLUMN_IDENTITY");
        assertThat(findings)
                .filteredOn(f -> f.check().equals("ROW_TOTALS"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.row()).isEqualTo("一、本年新收政府信息公开申请数量");
                    assertThat(f.column()).isEqualTo("总计");
                    assertThat(f.expected()).isEqualTo(12L);
                });
        assertThat(findings)
                .filteredOn(f -> f.check().equals("COLUMN_IDENTITY"))
                .singleElement()
                .satisfies(f -> assertThat(f.column()).isEqualTo("自然人"));
    }

    @Test
    void reportsABlankCellInGongkaisCsvExport() {
        String csv = "\uFEFFtable,group,row_code,row_label,NATURAL_PERSON,COMMERCIAL_ENTERPRISE,RESEARCH_INSTITUTION,"
                + "PUBLIC_INTEREST_ORGANIZATION,LEGAL_SERVICE_AGENCY,OTHER_ORGANIZATION,TOTAL\r\n"
                + "三,,RECEIVED,\"一、本年新收政府信息公开申请数量\",1,,0,0,0,0,1\r\n"
                + "四,,REVIEWS,政府信息公开行政复议、行政诉讼情况,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0\r\n";

        List<Finding> findings = TableIdentities.of(UploadReader.csv(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(findings)
                .filteredOn(f -> f.check().equals("COMPLETE") && f.row().startsWith("一、"))
                .singleElement()
                .satisfies(f -> assertThat(f.column()).isEqualTo("商业企业"));
        // the other 24 rows were not in the file at all: every one of their cells is named
        assertThat(findings).filteredOn(f -> f.check().equals("COMPLETE")).hasSize(1 + 24 * 7);
    }

    @Test
    void refusesAnUploadWithoutTableThree() {
        assertThatThrownBy(() -> UploadReader.json("{\"year\":2023}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableUpload.class);
        assertThatThrownBy(() -> UploadReader.csv("a,b\r\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableUpload.class);
    }
}
