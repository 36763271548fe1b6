package org.gongkai.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.events.agency.AgencyLevel;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.query.application.ProcessingFees;
import org.gongkai.query.proactive.ProactiveTable;
import org.gongkai.query.review.ReviewGroup;
import org.gongkai.query.review.ReviewsReader;
import org.gongkai.query.statistics.ApplicationsTable;
import org.gongkai.query.statistics.TallyCounts;
import org.gongkai.query.versions.ReportDeadlines;
import org.gongkai.query.versions.ReportStream;
import org.junit.jupiter.api.Test;

/** A snapshot reads back into the report it froze; the live report is compared with it cell by cell. */
class SnapshotsTest {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    static Report report(long disclosed, String overview) {
        ApplicationsTable table = ApplicationsTable.of(
                new TallyCounts()
                        .addOpening(ApplicantType.NATURAL_PERSON, 1)
                        .addWithin(ApplicantType.NATURAL_PERSON, "RECEIVED", 3)
                        .addWithin(ApplicantType.NATURAL_PERSON, "DISCLOSED", disclosed),
                false);
        Map<ReviewGroup, Map<String, Long>> reviews = new EnumMap<>(ReviewGroup.class);
        for (ReviewGroup group : ReviewGroup.values()) {
            reviews.put(group, ReviewsReader.cells(new long[] {1, 0, 0, 2}));
        }
        ProactiveTable proactive = new ProactiveTable(
                new ProactiveTable.Documents(1, 0, 11),
                new ProactiveTable.Documents(8, 26, 66),
                447228,
                3985758,
                88283,
                new BigDecimal("961716000.00"));
        Map<String, String> narrative = new LinkedHashMap<>();
        narrative.put("OVERVIEW", overview);
        narrative.put("PROBLEMS", "培训不够。");
        narrative.put("OTHER_MATTERS", null);
        return new Report(
                "kupu",
                2024,
                null,
                "agency",
                "2021",
                proactive,
                table,
                reviews,
                List.of(new Check("COMPLETE", Check.Severity.ERROR, true, "ok")),
                "托里县库普乡人民政府",
                Report.Fees.of(new ProcessingFees(1, new BigDecimal("1080.00"))),
                narrative,
                null,
                null);
    }

    @Test
    void readsASnapshotBackIntoTheReportItFroze() throws Exception {
        Report report = report(2, "概况");

        Report read = new SnapshotReader(MAPPER).read(MAPPER.writeValueAsString(report));

        // equal as served (the fee's BigDecimal scale differs: 万元 shifted back has no trailing zeros)
        assertThat(MAPPER.valueToTree(read).equals(MAPPER.valueToTree(report))).isTrue();
        assertThat(read.applications()).isEqualTo(report.applications());
        assertThat(read.proactive().administrativeFeesYuan()).isEqualByComparingTo("961716000");
        assertThat(read.processingFees().toProcessingFees().totalYuan()).isEqualByComparingTo("1080");
    }

    @Test
    void findsNoDifferenceAgainstItsOwnSnapshot() throws Exception {
        Report report = report(2, "概况");
        ReportStream.Published published = new ReportStream.Published(
                1,
                null,
                MAPPER.writeValueAsString(report),
                LocalDate.of(2025, 1, 20),
                Instant.parse("2025-01-20T02:00:00Z"),
                "kupu-supervisor");

        Report.Publication status = new Differences(MAPPER).status(report, published);

        assertThat(status.changedSincePublication()).isFalse();
        assertThat(status.differences()).isEmpty();
        assertThat(status.latestVersion()).isEqualTo(1);
        assertThat(status.publishedOn()).isEqualTo(LocalDate.of(2025, 1, 20));
    }

    @Test
    void namesEachCellThatALateFactChangedAndTheRewrittenNarrative() throws Exception {
        String snapshot = MAPPER.writeValueAsString(report(2, "概况"));

        List<Report.Difference> differences = new Differences(MAPPER).between(report(3, "新概况"), snapshot);

        assertThat(differences)
                .contains(
                        new Report.Difference("三", "DISCLOSED", "NATURAL_PERSON", "2", "3"),
                        new Report.Difference("三", "DISCLOSED", "TOTAL", "2", "3"),
                        new Report.Difference("三", "TOTAL_HANDLED", "TOTAL", "2", "3"),
                        new Report.Difference("三", "CARRIED_FORWARD", "NATURAL_PERSON", "2", "1"),
                        new Report.Difference("narrative", "OVERVIEW", null, "概况", "新概况"));
        assertThat(differences)
                .noneMatch(d -> d.table().equals("二") || d.table().equals("四"));
    }

    @Test
    void givesTheStatutoryDeadlineByLevel() {
        // 条例 Art. 49: departments by 31 January, a county-level or higher government's own report by 31 March.
        ReportDeadlines deadlines = new ReportDeadlines("01-31", "03-31", "02-15");

        assertThat(deadlines.deadline(AgencyLevel.DEPARTMENT, 2024)).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(deadlines.deadline(AgencyLevel.COUNTY, 2024)).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(deadlines.deadline(AgencyLevel.PROVINCE, 2024)).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(deadlines.deadline(null, 2024)).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(deadlines.deadline(AgencyLevel.TOWNSHIP, 2024)).isEqualTo(LocalDate.of(2025, 2, 15));
        assertThat(new ReportDeadlines("01-31", "03-31", "02-10").deadline(AgencyLevel.TOWNSHIP, 2024))
                .isEqualTo(LocalDate.of(2025, 2, 10));
    }
}
