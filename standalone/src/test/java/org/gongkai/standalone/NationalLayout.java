package org.gongkai.standalone;

import java.util.ArrayList;
import java.util.List;

/**
 * The national layout (DOMAIN.md §4, §6.9) written out for the whole-stack tests, so that a comparison walks every
 * row and column the format prints, never only the rows a report happens to contain.
 */
final class NationalLayout {

    /** Table 三's 25 row codes in printed order. */
    static final List<String> ROWS = rows();

    /** The hard checks of DOMAIN.md §6.9 every served report carries. */
    static final List<String> HARD_CHECKS =
            List.of("COMPLETE", "COLUMN_IDENTITY", "ROW_TOTALS", "HANDLED_TOTAL", "REVIEW_TOTALS", "NON_NEGATIVE");

    private NationalLayout() {}

    private static List<String> rows() {
        List<String> rows = new ArrayList<>(List.of("RECEIVED", "CARRIED_OVER"));
        rows.addAll(PublishedReportRecorder.OUTCOMES);
        rows.add("TOTAL_HANDLED");
        rows.add("CARRIED_FORWARD");
        return List.copyOf(rows);
    }
}
