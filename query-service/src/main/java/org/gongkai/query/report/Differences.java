package org.gongkai.query.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gongkai.query.versions.ReportStream;
import org.gongkai.query.versions.Submissions;
import org.springframework.stereotype.Component;

/**
 * The live report against a published snapshot, cell by cell: table 二 (proactive), 三 (applications, by row code
 * and column), 四 (reviews), the fees of section 六 and the narrative texts. Checks are not compared: they are
 * about the numbers, which are.
 */
@Component
public class Differences {

    private final ObjectMapper mapper;

    Differences(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Report.Publication status(Report live, ReportStream.Published published) {
        List<Report.Difference> differences = between(live, published.snapshot());
        return new Report.Publication(
                published.version(),
                published.recordedAt(),
                published.publishedOn(),
                !differences.isEmpty(),
                differences,
                published.publishedBy());
    }

    /** The live quarterly statistics against the quarter's part of a submitted snapshot. */
    public Report.Publication status(Report live, Submissions.Submitted submitted) {
        List<Report.Difference> differences = between(live, QuarterlySnapshot.statistics(mapper, submitted.snapshot()));
        return new Report.Publication(
                submitted.version(),
                submitted.recordedAt(),
                submitted.submittedOn(),
                !differences.isEmpty(),
                differences,
                submitted.submittedBy());
    }

    List<Report.Difference> between(Report live, String snapshot) {
        JsonNode now = mapper.valueToTree(live.withoutPublication());
        JsonNode then;
        try {
            then = mapper.readTree(snapshot);
        } catch (JsonProcessingException e) {
            return List.of(); // written before only the front door could author one (ADR 0019): nothing to compare
        }
        List<Report.Difference> differences = new ArrayList<>();
        proactive(then.path("proactive"), now.path("proactive"), differences);
        applications(then.path("applications"), now.path("applications"), differences);
        fields("四", then.path("reviews"), now.path("reviews"), differences);
        leaf(
                "六",
                "PROCESSING_FEES",
                "applicationsCharged",
                then.path("processingFees").path("applicationsCharged"),
                now.path("processingFees").path("applicationsCharged"),
                differences);
        leaf(
                "六",
                "PROCESSING_FEES",
                "totalYuan",
                then.path("processingFees").path("totalYuan"),
                now.path("processingFees").path("totalYuan"),
                differences);
        Iterator<Map.Entry<String, JsonNode>> sections = now.path("narrative").fields();
        while (sections.hasNext()) {
            Map.Entry<String, JsonNode> section = sections.next();
            leaf(
                    "narrative",
                    section.getKey(),
                    null,
                    then.path("narrative").path(section.getKey()),
                    section.getValue(),
                    differences);
        }
        return differences;
    }

    private static void proactive(JsonNode then, JsonNode now, List<Report.Difference> out) {
        Iterator<Map.Entry<String, JsonNode>> rows = now.fields();
        while (rows.hasNext()) {
            Map.Entry<String, JsonNode> row = rows.next();
            if (row.getValue().isObject()) {
                Iterator<Map.Entry<String, JsonNode>> cells = row.getValue().fields();
                while (cells.hasNext()) {
                    Map.Entry<String, JsonNode> cell = cells.next();
                    leaf(
                            "二",
                            row.getKey(),
                            cell.getKey(),
                            then.path(row.getKey()).path(cell.getKey()),
                            cell.getValue(),
                            out);
                }
            } else {
                leaf("二", row.getKey(), null, then.path(row.getKey()), row.getValue(), out);
            }
        }
    }

    private static void applications(JsonNode then, JsonNode now, List<Report.Difference> out) {
        JsonNode columns = now.path("columns");
        for (JsonNode row : now.path("rows")) {
            String code = row.path("code").asText();
            JsonNode before = MissingNode.getInstance();
            for (JsonNode candidate : then.path("rows")) {
                if (code.equals(candidate.path("code").asText())) {
                    before = candidate;
                }
            }
            for (int c = 0; c < row.path("counts").size(); c++) {
                leaf(
                        "三",
                        code,
                        columns.path(c).asText(),
                        before.path("counts").path(c),
                        row.path("counts").path(c),
                        out);
            }
        }
    }

    private static void fields(String table, JsonNode then, JsonNode now, List<Report.Difference> out) {
        Iterator<Map.Entry<String, JsonNode>> groups = now.fields();
        while (groups.hasNext()) {
            Map.Entry<String, JsonNode> group = groups.next();
            Iterator<Map.Entry<String, JsonNode>> cells = group.getValue().fields();
            while (cells.hasNext()) {
                Map.Entry<String, JsonNode> cell = cells.next();
                leaf(
                        table,
                        group.getKey(),
                        cell.getKey(),
                        then.path(group.getKey()).path(cell.getKey()),
                        cell.getValue(),
                        out);
            }
        }
    }

    private static void leaf(
            String table, String row, String column, JsonNode then, JsonNode now, List<Report.Difference> out) {
        String before = text(then);
        String after = text(now);
        if (!Objects.equals(before, after)) {
            out.add(new Report.Difference(table, row, column, before, after));
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() ? null : node.asText();
    }
}
