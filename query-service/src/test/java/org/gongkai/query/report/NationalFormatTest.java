package org.gongkai.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NationalFormatTest {

    @Test
    void printsReportYearsBefore2021InTheTrialFormat() {
        assertThat(NationalFormat.forYear(2019)).isEqualTo(NationalFormat.TRIAL_2019);
        assertThat(NationalFormat.forYear(2020)).isEqualTo(NationalFormat.TRIAL_2019);
        assertThat(NationalFormat.forYear(2021)).isEqualTo(NationalFormat.FORMAT_2021);
        assertThat(Report.format(2020)).isEqualTo("2019");
        assertThat(Report.format(2021)).isEqualTo("2021");
    }

    @Test
    void readsTheCodeAReportCarries() {
        assertThat(NationalFormat.of("2021")).isEqualTo(NationalFormat.FORMAT_2021);
        assertThat(NationalFormat.of("2019")).isEqualTo(NationalFormat.TRIAL_2019);
        assertThat(NationalFormat.of(NationalFormat.FORMAT_2021.code())).isEqualTo(NationalFormat.FORMAT_2021);
    }

    @Test
    void namesNormativeDocumentsAsEachFormatDoes() {
        assertThat(NationalFormat.TRIAL_2019.normativeDocuments()).isEqualTo("规范性文件");
        assertThat(NationalFormat.FORMAT_2021.normativeDocuments()).isEqualTo("行政规范性文件");
    }
}
