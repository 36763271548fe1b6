package org.gongkai.query.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.events.application.ApplicantType;
import org.junit.jupiter.api.Test;

class ApplicationsTableTest {

    @Test
    void listsTheTwentyFiveRowsInTableOrderWithTheirPrintedLabels() {
        ApplicationsTable table = ApplicationsTable.of(new TallyCounts(), false);

        assertThat(table.columns())
                .containsExactly(
                        "NATURAL_PERSON",
                        "COMMERCIAL_ENTERPRISE",
                        "RESEARCH_INSTITUTION",
                        "PUBLIC_INTEREST_ORGANIZATION",
                        "LEGAL_SERVICE_AGENCY",
                        "OTHER_ORGANIZATION",
                        "TOTAL");
        assertThat(table.rows()).hasSize(25);
        assertThat(table.rows().get(0).label()).isEqualTo("一、本年新收政府信息公开申请数量");
        assertThat(table.rows().get(1).label()).isEqualTo("二、上年结转政府信息公开申请数量");
        assertThat(table.rows().get(3).label()).isEqualTo("（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
        assertThat(table.rows().get(6).label()).isEqualTo("3.危及“三安全一稳定”");
        assertThat(table.rows().get(23).label()).isEqualTo("（七）总计");
        assertThat(table.rows().get(24).label()).isEqualTo("四、结转下年度继续办理");
        assertThat(table.rows())
                .extracting(ApplicationsTable.Row::code)
                .startsWith("RECEIVED", "CARRIED_OVER", "DISCLOSED")
                .endsWith("OTHER", "TOTAL_HANDLED", "CARRIED_FORWARD");
        assertThat(table.rows())
                .allSatisfy(row -> assertThat(row.counts()).hasSize(7).containsOnly(0L));
    }

    @Test
    void derivesTheCarriedForwardRowSoThatOnePlusTwoEqualsSevenPlusFour() {
        TallyCounts counts = new TallyCounts()
                .addOpening(ApplicantType.NATURAL_PERSON, 3)
                .addWithin(ApplicantType.NATURAL_PERSON, "RECEIVED", 10)
                .addWithin(ApplicantType.NATURAL_PERSON, "DISCLOSED", 6)
                .addWithin(ApplicantType.NATURAL_PERSON, "OTHER", 2)
                .addWithin(ApplicantType.OTHER_ORGANIZATION, "RECEIVED", 1);

        ApplicationsTable table = ApplicationsTable.of(counts, false);

        assertThat(table.row("CARRIED_OVER").counts()).containsExactly(3L, 0L, 0L, 0L, 0L, 0L, 3L);
        assertThat(table.row("TOTAL_HANDLED").counts()).containsExactly(8L, 0L, 0L, 0L, 0L, 0L, 8L);
        assertThat(table.row("CARRIED_FORWARD").counts()).containsExactly(5L, 0L, 0L, 0L, 0L, 1L, 6L);
    }

    @Test
    void namesTheQuarterInTheCarryRowsOfQuarterlyStatistics() {
        ApplicationsTable table = ApplicationsTable.of(new TallyCounts(), true);

        assertThat(table.row("CARRIED_OVER").label()).isEqualTo("二、上季度结转政府信息公开申请数量");
        assertThat(table.row("CARRIED_FORWARD").label()).isEqualTo("四、结转下季度继续办理");
    }

    @Test
    void aYearIsItsFourQuartersAndTheYearBeforeIsTheYearBefore() {
        assertThat(Period.year(2024).start()).hasToString("2024-01-01");
        assertThat(Period.year(2024).end()).hasToString("2024-12-31");
        assertThat(Period.quarter(2024, 1).previous()).isEqualTo(Period.quarter(2023, 4));
        assertThat(Period.year(2024).previous()).isEqualTo(Period.year(2023));
        assertThat(Quarter.of(java.time.LocalDate.of(2024, 9, 30))).isEqualTo(new Quarter(2024, 3));
    }
}
