package org.gongkai.query.review;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.events.review.ReviewResult;
import org.gongkai.query.statistics.Period;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Table 四 for a period, counted by {@link ReviewCounting} over the read model's cases (so a case pending over New
 * Year appears as pending in the first year and with its result in the second).
 */
@Component
public class ReviewsReader {

    private final JdbcTemplate jdbc;

    ReviewsReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<ReviewGroup, Map<String, Long>> read(Collection<String> agencyIds, Period period) {
        // only the cases the rule can count: filed by the end of the period and not concluded before it began
        List<ReviewCounting.Case> cases = jdbc.query(
                """
                select kind, filed_on, result, concluded_on from review_case
                where agency_id = any(?) and filed_on <= ? and (concluded_on is null or concluded_on >= ?)
                """,
                (rs, row) -> new ReviewCounting.Case(
                        ReviewGroup.valueOf(rs.getString(1)),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3) == null ? null : ReviewResult.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class)),
                agencyIds.toArray(String[]::new),
                period.end(),
                period.start());
        return ReviewCounting.count(cases, period);
    }

    /** The five cells of one block; 总计 is the sum of the four others. */
    public static Map<String, Long> cells(long[] fourCounts) {
        Map<String, Long> cells = new LinkedHashMap<>();
        long total = 0;
        for (int i = 0; i < 4; i++) {
            cells.put(ReviewCell.values()[i].name(), fourCounts[i]);
            total += fourCounts[i];
        }
        cells.put(ReviewCell.TOTAL.name(), total);
        return cells;
    }
}
