package org.gongkai.query.review;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.events.review.ReviewResult;
import org.gongkai.query.statistics.Period;

/**
 * The counting rule of table 四 as one pure function, used by the live reader (over the read model's cases) and by
 * the "as of" recount (over the cases as recorded by then): each result counts in the period in which the case was
 * concluded; 尚未审结 counts the cases filed by the end of the period and not concluded by then; 总计 is the sum of
 * the four others. There is no carry-over row.
 */
public final class ReviewCounting {

    /** One case as the rule needs it; {@code result} and {@code concludedOn} are null while it is pending. */
    public record Case(ReviewGroup group, LocalDate filedOn, ReviewResult result, LocalDate concludedOn) {}

    private ReviewCounting() {}

    public static Map<ReviewGroup, Map<String, Long>> count(Collection<Case> cases, Period period) {
        Map<ReviewGroup, Map<ReviewCell, Long>> counts = new EnumMap<>(ReviewGroup.class);
        for (ReviewGroup group : ReviewGroup.values()) {
            Map<ReviewCell, Long> cells = new EnumMap<>(ReviewCell.class);
            for (ReviewCell cell : ReviewCell.values()) {
                cells.put(cell, 0L);
            }
            counts.put(group, cells);
        }
        for (Case c : cases) {
            Map<ReviewCell, Long> cells = counts.get(c.group());
            if (c.concludedOn() != null && period.contains(c.concludedOn())) {
                cells.merge(cell(c.result()), 1L, Long::sum);
            }
            if (!c.filedOn().isAfter(period.end())
                    && (c.concludedOn() == null || c.concludedOn().isAfter(period.end()))) {
                cells.merge(ReviewCell.PENDING, 1L, Long::sum);
            }
        }
        Map<ReviewGroup, Map<String, Long>> table = new EnumMap<>(ReviewGroup.class);
        counts.forEach((group, cells) -> table.put(group, withTotal(cells)));
        return table;
    }

    private static ReviewCell cell(ReviewResult result) {
        return switch (result) {
            case UPHELD -> ReviewCell.UPHELD;
            case CORRECTED -> ReviewCell.CORRECTED;
            case OTHER -> ReviewCell.OTHER;
        };
    }

    private static Map<String, Long> withTotal(Map<ReviewCell, Long> cells) {
        Map<String, Long> block = new LinkedHashMap<>();
        long total = 0;
        for (ReviewCell cell : ReviewCell.values()) {
            if (cell != ReviewCell.TOTAL) {
                block.put(cell.name(), cells.get(cell));
                total += cells.get(cell);
            }
        }
        block.put(ReviewCell.TOTAL.name(), total);
        return block;
    }
}
