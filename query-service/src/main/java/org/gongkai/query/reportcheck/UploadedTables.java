package org.gongkai.query.reportcheck;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.query.review.ReviewCell;
import org.gongkai.query.statistics.ApplicationsTable;
import org.gongkai.query.statistics.TallyCounts;

/**
 * Tables 三 and 四 as a report printed them: a cell is {@code null} when it was left blank (the national format asks
 * for 0). Rows of table 三 by code (RECEIVED, CARRIED_OVER, the 21 outcome codes, TOTAL_HANDLED, CARRIED_FORWARD),
 * seven cells each (six applicant columns, then 总计); table 四 by group (RECONSIDERATION, LITIGATION_DIRECT,
 * LITIGATION_AFTER_RECONSIDERATION) and cell (UPHELD, CORRECTED, OTHER, PENDING, TOTAL).
 */
record UploadedTables(Map<String, List<Long>> applications, Map<String, Map<String, Long>> reviews) {

    /** Table 三's rows in printed order with their printed labels, from the 2021 national format. */
    static final Map<String, String> ROW_LABELS = rowLabels();

    static final List<String> COLUMNS = ApplicationsTable.columnCodes();

    static final Map<String, String> REVIEW_GROUPS = Map.of(
            "RECONSIDERATION", "行政复议",
            "LITIGATION_DIRECT", "行政诉讼（未经复议直接起诉）",
            "LITIGATION_AFTER_RECONSIDERATION", "行政诉讼（复议后起诉）");

    static final List<String> REVIEW_CELLS = ReviewCell.codes();

    static final Map<String, String> REVIEW_CELL_LABELS =
            Arrays.stream(ReviewCell.values()).collect(Collectors.toMap(ReviewCell::name, ReviewCell::label));

    static String columnLabel(int index) {
        return index < ApplicantType.values().length ? ApplicantType.values()[index].label() : "总计";
    }

    private static Map<String, String> rowLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        ApplicationsTable.of(new TallyCounts(), false).rows().forEach(row -> labels.put(row.code(), row.label()));
        return java.util.Collections.unmodifiableMap(labels);
    }
}
