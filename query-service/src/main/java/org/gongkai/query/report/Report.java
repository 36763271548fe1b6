package org.gongkai.query.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.gongkai.query.proactive.ProactiveTable;
import org.gongkai.query.review.ReviewGroup;
import org.gongkai.query.statistics.ApplicationsTable;

/**
 * The report JSON of CONTRACT.md §3. {@code format} names the national layout: "2021" (国办公开办函〔2021〕30号) from
 * report year 2021, "2019" (the trial format) for 2019–2020. The JSON always carries the 21 outcome rows; a
 * renderer of the 2019 layout collapses （六）1–3 into one row.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"agencyId", "year", "quarter", "scope", "format", "proactive", "applications", "reviews", "checks"})
public record Report(String agencyId, int year, Integer quarter, String scope, String format, ProactiveTable proactive,
        ApplicationsTable applications, Map<ReviewGroup, Map<String, Long>> reviews, List<Check> checks) {

    public static String format(int year) {
        return year >= 2021 ? "2021" : "2019";
    }
}
