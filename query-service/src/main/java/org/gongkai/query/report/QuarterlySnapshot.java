package org.gongkai.query.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The frozen form of submitted quarterly statistics: {@code {"agencyName", "statistics": <the quarter's report
 * JSON>, "yearToDate": <the same tables from 1 January>}} — everything the 季度统计报表 document prints, so a
 * submitted version renders from its snapshot alone.
 */
public final class QuarterlySnapshot {

    private QuarterlySnapshot() {}

    public static String write(ObjectMapper mapper, String agencyName, Report statistics, Report yearToDate) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("agencyName", agencyName);
        snapshot.put("statistics", statistics.withoutPublication());
        snapshot.put("yearToDate", yearToDate.withoutPublication());
        try {
            return mapper.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the quarterly snapshot", e);
        }
    }

    /** The quarter's report JSON of a snapshot, as GET …/statistics answered it when it was submitted. */
    public static String statistics(ObjectMapper mapper, String snapshot) {
        return part(mapper, snapshot, "statistics");
    }

    public static String yearToDate(ObjectMapper mapper, String snapshot) {
        return part(mapper, snapshot, "yearToDate");
    }

    public static String agencyName(ObjectMapper mapper, String snapshot) {
        return tree(mapper, snapshot).path("agencyName").asText(null);
    }

    private static String part(ObjectMapper mapper, String snapshot, String field) {
        JsonNode part = tree(mapper, snapshot).get(field);
        if (part == null) {
            throw UnreadableSnapshot.answer(null);
        }
        return part.toString();
    }

    private static JsonNode tree(ObjectMapper mapper, String snapshot) {
        try {
            return mapper.readTree(snapshot);
        } catch (JsonProcessingException e) {
            throw UnreadableSnapshot.answer(e);
        }
    }
}
