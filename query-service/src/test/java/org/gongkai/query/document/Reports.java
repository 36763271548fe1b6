package org.gongkai.query.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.Outcome;
import org.gongkai.query.application.ProcessingFees;
import org.gongkai.query.proactive.ProactiveTable;
import org.gongkai.query.report.Report;
import org.gongkai.query.review.ReviewGroup;
import org.gongkai.query.review.ReviewsReader;
import org.gongkai.query.statistics.ApplicationsTable;
import org.gongkai.query.statistics.TallyCounts;

/** Reports built in memory: the input document's all-zero township and the published 平潭 2022 numbers. */
final class Reports {

    static final String KUPU = "托里县库普乡人民政府";
    static final LocalDate SIGNED = LocalDate.of(2022, 1, 20);
    static final ProcessingFees NO_FEES = new ProcessingFees(0, BigDecimal.ZERO);

    private Reports() {}

    static Sources.Annual zero(int year) {
        return new Sources.Annual(
                report(year, null, new TallyCounts(), zeroReviews(), zeroProactive()), KUPU, NO_FEES, SIGNED);
    }

    static Report report(
            int year,
            Integer quarter,
            TallyCounts counts,
            Map<ReviewGroup, Map<String, Long>> reviews,
            ProactiveTable proactive) {
        return new Report(
                "kupu",
                year,
                quarter,
                "agency",
                Report.format(year),
                proactive,
                ApplicationsTable.of(counts, quarter != null),
                reviews,
                List.of());
    }

    static Map<ReviewGroup, Map<String, Long>> zeroReviews() {
        Map<ReviewGroup, Map<String, Long>> reviews = new EnumMap<>(ReviewGroup.class);
        for (ReviewGroup group : ReviewGroup.values()) {
            reviews.put(group, ReviewsReader.cells(new long[4]));
        }
        return reviews;
    }

    static ProactiveTable zeroProactive() {
        ProactiveTable.Documents none = new ProactiveTable.Documents(0, 0, 0);
        return new ProactiveTable(none, none, 0, 0, 0, BigDecimal.ZERO);
    }

    /** The published 平潭综合实验区 2022 report (src/test/resources/reports/pingtan-2022.json). */
    static JsonNode pingtanJson() {
        try (InputStream in = Reports.class.getResourceAsStream("/reports/pingtan-2022.json")) {
            return new ObjectMapper().readTree(in).path("report");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Sources.Annual pingtan(int year, ProcessingFees fees) {
        JsonNode json = pingtanJson();
        JsonNode rows = json.path("applications");
        TallyCounts counts = new TallyCounts();
        ApplicantType[] types = ApplicantType.values();
        for (int c = 0; c < types.length; c++) {
            counts.addOpening(types[c], rows.path("CARRIED_OVER").get(c).asLong());
            counts.addWithin(
                    types[c], TallyCounts.RECEIVED, rows.path("RECEIVED").get(c).asLong());
            for (Outcome outcome : Outcome.values()) {
                counts.addWithin(
                        types[c],
                        outcome.name(),
                        rows.path(outcome.name()).get(c).asLong());
            }
        }
        Map<ReviewGroup, Map<String, Long>> reviews = new EnumMap<>(ReviewGroup.class);
        for (ReviewGroup group : ReviewGroup.values()) {
            JsonNode cells = json.path("reviews").path(group.name());
            reviews.put(group, ReviewsReader.cells(new long[] {
                cells.path("UPHELD").asLong(),
                cells.path("CORRECTED").asLong(),
                cells.path("OTHER").asLong(),
                cells.path("PENDING").asLong()
            }));
        }
        JsonNode p = json.path("proactive");
        ProactiveTable proactive = new ProactiveTable(
                documents(p.path("RULE")),
                documents(p.path("NORMATIVE_DOCUMENT")),
                p.path("LICENSING").asLong(),
                p.path("PENALTY").asLong(),
                p.path("ENFORCEMENT").asLong(),
                new BigDecimal(p.path("administrativeFeesTenThousandYuan").asText()).movePointRight(4));
        Report report = new Report(
                "pingtan",
                year,
                null,
                "agency",
                Report.format(year),
                proactive,
                ApplicationsTable.of(counts, false),
                reviews,
                List.of());
        return new Sources.Annual(report, json.path("agencyName").asText(), fees, LocalDate.of(2023, 2, 20));
    }

    private static ProactiveTable.Documents documents(JsonNode node) {
        return new ProactiveTable.Documents(
                node.path("issued").asLong(),
                node.path("repealed").asLong(),
                node.path("inForce").asLong());
    }
}
