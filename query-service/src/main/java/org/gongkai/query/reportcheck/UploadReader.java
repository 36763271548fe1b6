package org.gongkai.query.reportcheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads tables 三 and 四 from an upload: the report JSON of CONTRACT.md ({@code applications.rows[].counts},
 * {@code reviews}) or the CSV Gongkai exports (lines {@code table,group,row_code,row_label,values…}; table 四 as one
 * line {@code REVIEWS} of 3 × 5 values). A blank or non-numeric cell is kept as blank and reported, not guessed.
 */
final class UploadReader {

    private UploadReader() {}

    static UploadedTables json(byte[] body) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(body);
        } catch (IOException e) {
            throw new UnreadableUpload("body", "must be the report JSON of CONTRACT.md: " + e.getMessage());
        }
        if (root == null || !root.path("applications").path("rows").isArray()) {
            throw new UnreadableUpload("applications.rows", "is missing: the JSON has no table 三");
        }
        Map<String, List<Long>> applications = new LinkedHashMap<>();
        for (JsonNode row : root.path("applications").path("rows")) {
            List<Long> cells = new ArrayList<>();
            row.path("counts").forEach(cell -> cells.add(cell.isIntegralNumber() ? cell.asLong() : null));
            applications.put(row.path("code").asText(), cells);
        }
        Map<String, Map<String, Long>> reviews = new HashMap<>();
        root.path("reviews").fields().forEachRemaining(group -> {
            Map<String, Long> cells = new HashMap<>();
            group.getValue()
                    .fields()
                    .forEachRemaining(cell -> cells.put(
                            cell.getKey(),
                            cell.getValue().isIntegralNumber() ? cell.getValue().asLong() : null));
            reviews.put(group.getKey(), cells);
        });
        return new UploadedTables(applications, reviews);
    }

    static UploadedTables csv(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).replace("\uFEFF", "");
        Map<String, List<Long>> applications = new LinkedHashMap<>();
        Map<String, Map<String, Long>> reviews = new HashMap<>();
        for (String line : text.split("\r?\n")) {
            List<String> cells = cells(line);
            if (cells.size() < 4) {
                continue;
            }
            // "三（本年累计）" in quarterly exports is the year to date: only the period's own table is checked
            if (cells.get(0).equals("三") && UploadedTables.ROW_LABELS.containsKey(cells.get(2))) {
                applications.put(cells.get(2), numbers(cells.subList(4, cells.size())));
            } else if (cells.get(0).equals("四") && cells.get(2).equals("REVIEWS")) {
                List<Long> values = numbers(cells.subList(4, cells.size()));
                int i = 0;
                for (String group :
                        List.of("RECONSIDERATION", "LITIGATION_DIRECT", "LITIGATION_AFTER_RECONSIDERATION")) {
                    Map<String, Long> groupCells = new HashMap<>();
                    for (String cell : UploadedTables.REVIEW_CELLS) {
                        groupCells.put(cell, i < values.size() ? values.get(i) : null);
                        i++;
                    }
                    reviews.put(group, groupCells);
                }
            }
        }
        if (applications.isEmpty()) {
            throw new UnreadableUpload(
                    "body", "has no line of table 三 (expected Gongkai's CSV export: 三,group,RECEIVED,…)");
        }
        return new UploadedTables(applications, reviews);
    }

    private static List<Long> numbers(List<String> cells) {
        List<Long> numbers = new ArrayList<>();
        for (String cell : cells) {
            try {
                numbers.add(cell.isBlank() ? null : Long.parseLong(cell.strip()));
            } catch (NumberFormatException notAnInteger) {
                numbers.add(null);
            }
        }
        return numbers;
    }

    /** One CSV line split by RFC 4180 (quoted cells may hold commas and doubled quotes). */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
