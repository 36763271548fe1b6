package org.gongkai.query.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.query.application.ProcessingFees;
import org.gongkai.query.proactive.ProactiveTable;
import org.gongkai.query.review.ReviewGroup;
import org.gongkai.query.statistics.ApplicationsTable;

/**
 * The report JSON of CONTRACT.md §3. {@code format} names the national layout: "2021" (国办公开办函〔2021〕30号) from
 * report year 2021, "2019" (the trial format) for 2019–2020. The JSON always carries the 21 outcome rows; a
 * renderer of the 2019 layout collapses （六）1–3 into one row.
 *
 * <p>The annual report also carries what a document needs besides the tables, so that a published snapshot can be
 * rendered on its own forever: {@code agencyName}, {@code processingFees} (section 六) and the staff
 * {@code narrative} (sections 一, 五, 六; null where not written). {@code publication} says how the live report
 * stands against its latest published version; {@code asOf} is set on a read "as of" a recording time.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "agencyId",
    "agencyName",
    "year",
    "quarter",
    "scope",
    "format",
    "asOf",
    "proactive",
    "applications",
    "reviews",
    "processingFees",
    "narrative",
    "publication",
    "checks"
})
public record Report(
        String agencyId,
        int year,
        Integer quarter,
        String scope,
        String format,
        ProactiveTable proactive,
        ApplicationsTable applications,
        Map<ReviewGroup, Map<String, Long>> reviews,
        List<Check> checks,
        String agencyName,
        Fees processingFees,
        Map<String, String> narrative,
        Publication publication,
        Instant asOf) {

    /** The tables alone, as the quarterly statistics carry them. */
    public Report(
            String agencyId,
            int year,
            Integer quarter,
            String scope,
            String format,
            ProactiveTable proactive,
            ApplicationsTable applications,
            Map<ReviewGroup, Map<String, Long>> reviews,
            List<Check> checks) {
        this(
                agencyId,
                year,
                quarter,
                scope,
                format,
                proactive,
                applications,
                reviews,
                checks,
                null,
                null,
                null,
                null,
                null);
    }

    public static String format(int year) {
        return NationalFormat.forYear(year).code();
    }

    /** Information-processing fees paid in the year (section 六): applications charged and exact yuan. */
    public record Fees(long applicationsCharged, String totalYuan) {

        public static Fees of(ProcessingFees fees) {
            BigDecimal stripped = fees.totalYuan().stripTrailingZeros();
            return new Fees(fees.applicationsCharged(), stripped.signum() == 0 ? "0" : stripped.toPlainString());
        }

        public ProcessingFees toProcessingFees() {
            return new ProcessingFees(applicationsCharged, new BigDecimal(totalYuan));
        }
    }

    /**
     * The live report against its latest published version: {@code changedSincePublication} and the cells that
     * differ (published value, live value), and who published it. All null/empty when the report was never
     * published. For quarterly statistics it is the latest submission to the supervising level (ADR 0016).
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Publication(
            Integer latestVersion,
            Instant publishedAt,
            LocalDate publishedOn,
            boolean changedSincePublication,
            List<Difference> differences,
            String publishedBy) {

        public static Publication none() {
            return new Publication(null, null, null, false, List.of(), null);
        }
    }

    /** One cell that differs: e.g. table "三", row "DISCLOSED", column "NATURAL_PERSON", published 3, live 4. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Difference(String table, String row, String column, String published, String live) {}

    /** The same report with the parts a snapshot must not freeze (its own publication status) left out. */
    public Report withoutPublication() {
        return new Report(
                agencyId,
                year,
                quarter,
                scope,
                format,
                proactive,
                applications,
                reviews,
                checks,
                agencyName,
                processingFees,
                narrative,
                null,
                asOf);
    }

    public Report withPublication(Publication status) {
        return new Report(
                agencyId,
                year,
                quarter,
                scope,
                format,
                proactive,
                applications,
                reviews,
                checks,
                agencyName,
                processingFees,
                narrative,
                status,
                asOf);
    }
}
