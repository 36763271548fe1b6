package org.gongkai.query.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.gongkai.query.proactive.ProactiveTable;
import org.gongkai.query.review.ReviewGroup;
import org.gongkai.query.statistics.ApplicationsTable;
import org.springframework.stereotype.Component;

/**
 * Reads a published snapshot back into a {@link Report}, so a published version renders as HTML, DOCX and CSV
 * from its frozen numbers alone. Table 二's fees are printed in 万元 by an exact decimal shift, so shifting back
 * gives the exact yuan.
 */
@Component
public class SnapshotReader {

    private final ObjectMapper mapper;

    SnapshotReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Report read(String snapshot) {
        try {
            JsonNode json = mapper.readTree(snapshot);
            JsonNode proactive = json.path("proactive");
            ProactiveTable table = new ProactiveTable(
                    mapper.treeToValue(proactive.path("RULE"), ProactiveTable.Documents.class),
                    mapper.treeToValue(proactive.path("NORMATIVE_DOCUMENT"), ProactiveTable.Documents.class),
                    proactive.path("LICENSING").asLong(),
                    proactive.path("PENALTY").asLong(),
                    proactive.path("ENFORCEMENT").asLong(),
                    new BigDecimal(proactive
                                    .path("administrativeFeesTenThousandYuan")
                                    .asText("0"))
                            .movePointRight(4));
            return new Report(
                    json.path("agencyId").asText(),
                    json.path("year").asInt(),
                    json.hasNonNull("quarter") ? json.get("quarter").asInt() : null,
                    json.path("scope").asText("agency"),
                    json.path("format").asText(),
                    table,
                    mapper.treeToValue(json.path("applications"), ApplicationsTable.class),
                    mapper.convertValue(
                            json.path("reviews"), new TypeReference<Map<ReviewGroup, Map<String, Long>>>() {}),
                    mapper.convertValue(json.path("checks"), new TypeReference<List<Check>>() {}),
                    json.path("agencyName").asText(null),
                    json.hasNonNull("processingFees")
                            ? mapper.treeToValue(json.path("processingFees"), Report.Fees.class)
                            : null,
                    mapper.convertValue(json.path("narrative"), new TypeReference<Map<String, String>>() {}),
                    null,
                    null);
        } catch (JsonProcessingException e) {
            throw UnreadableSnapshot.answer(e);
        }
    }
}
