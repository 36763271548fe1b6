package org.gongkai.query.review;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.query.statistics.Period;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Table 四 for a period: each result counts in the period in which the case was concluded; 尚未审结 counts the
 * cases filed by the end of the period and not concluded by then (so a case pending over New Year appears as
 * pending in the first year and with its result in the second). There is no carry-over row.
 */
@Component
public class ReviewsReader {

    private final JdbcTemplate jdbc;

    ReviewsReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<ReviewGroup, Map<String, Long>> read(Collection<String> agencyIds, Period period) {
        Map<ReviewGroup, long[]> counts = new EnumMap<>(ReviewGroup.class);
        for (ReviewGroup group : ReviewGroup.values()) {
            counts.put(group, new long[4]);
        }
        jdbc.query(
                """
                select kind,
                       count(*) filter (where concluded_on between ? and ? and result = 'UPHELD'),
                       count(*) filter (where concluded_on between ? and ? and result = 'CORRECTED'),
                       count(*) filter (where concluded_on between ? and ? and result = 'OTHER'),
                       count(*) filter (where filed_on <= ? and (concluded_on is null or concluded_on > ?))
                from review_case where agency_id = any(?)
                group by kind
                """,
                rs -> {
                    long[] row = counts.get(ReviewGroup.valueOf(rs.getString(1)));
                    for (int i = 0; i < 4; i++) {
                        row[i] = rs.getLong(i + 2);
                    }
                },
                period.start(),
                period.end(),
                period.start(),
                period.end(),
                period.start(),
                period.end(),
                period.end(),
                period.end(),
                agencyIds.toArray(String[]::new));
        Map<ReviewGroup, Map<String, Long>> table = new EnumMap<>(ReviewGroup.class);
        counts.forEach((group, row) -> table.put(group, cells(row)));
        return table;
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
