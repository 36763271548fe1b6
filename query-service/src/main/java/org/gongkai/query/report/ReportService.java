package org.gongkai.query.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gongkai.query.agency.AgencyTree;
import org.gongkai.query.agency.InvalidParameter;
import org.gongkai.query.application.ProcessingFees;
import org.gongkai.query.counting.AsOfFacts;
import org.gongkai.query.counting.ReportCounts;
import org.gongkai.query.proactive.ProactiveTable;
import org.gongkai.query.review.ReviewGroup;
import org.gongkai.query.statistics.ApplicationsTable;
import org.gongkai.query.statistics.Period;
import org.gongkai.query.statistics.Quarter;
import org.gongkai.query.versions.QuarterlyDeadlines;
import org.gongkai.query.versions.ReportDeadlines;
import org.gongkai.query.versions.ReportStream;
import org.gongkai.query.versions.Submissions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles a report from the read models (or, "as of" a recording time, from a recount of the facts recorded
 * by then). All of it is read in one repeatable-read snapshot, so a batch committing meanwhile cannot make two
 * tables of one answer disagree.
 */
@Service
public class ReportService {

    /** The revised 条例 and its report formats apply from report year 2019. */
    static final int FIRST_YEAR = 2019;

    private final AgencyTree tree;
    private final ReportCounts live;
    private final AsOfFacts asOfFacts;
    private final ReportStream stream;
    private final ReportDeadlines deadlines;
    private final Differences differences;
    private final Submissions submissions;
    private final QuarterlyDeadlines quarterlyDeadlines;
    private final Clock clock;
    private final ObjectMapper mapper = new ObjectMapper();

    ReportService(
            AgencyTree tree,
            ReportCounts live,
            AsOfFacts asOfFacts,
            ReportStream stream,
            ReportDeadlines deadlines,
            Differences differences,
            Submissions submissions,
            QuarterlyDeadlines quarterlyDeadlines,
            Clock clock) {
        this.tree = tree;
        this.live = live;
        this.asOfFacts = asOfFacts;
        this.stream = stream;
        this.deadlines = deadlines;
        this.differences = differences;
        this.submissions = submissions;
        this.quarterlyDeadlines = quarterlyDeadlines;
        this.clock = clock;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Report annual(String agencyId, int year, AgencyTree.Scope scope) {
        return annual(agencyId, year, scope, null);
    }

    /**
     * The annual report with its narrative, processing fees and publication status; {@code asOf} (null = now)
     * recounts the facts, the narrative and the publications recorded by that moment.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Report annual(String agencyId, int year, AgencyTree.Scope scope, Instant asOf) {
        tree.requireKnown(agencyId);
        requireYear(year);
        ReportCounts counts = counts(asOf);
        Report tables = report(agencyId, year, null, Period.year(year), scope, counts);
        ProcessingFees fees = counts.fees(tree.covered(agencyId, scope, LocalDate.of(year, 12, 31)), year);
        LocalDate today = asOf == null ? LocalDate.now(clock) : LocalDate.ofInstant(asOf, clock.getZone());
        LocalDate firstPublished = stream.first(agencyId, year, asOf)
                .map(ReportStream.Published::publishedOn)
                .orElse(null);
        List<Check> checks = new ArrayList<>(tables.checks());
        checks.addAll(ReportChecks.publication(
                fees, deadlines.deadline(stream.level(agencyId), year), firstPublished, today));
        Map<String, String> narrative = stream.narrative(agencyId, year, asOf);
        Check narrativeNumbers = NarrativeNumbers.check(tables, narrative.get("OVERVIEW"));
        if (narrativeNumbers != null) {
            checks.add(narrativeNumbers);
        }
        checks.add(AssessorChecks.narrativePresent(narrative));
        checks.addAll(againstLastYear(agencyId, year, tables, narrative, asOf));
        Report report = new Report(
                agencyId,
                year,
                null,
                tables.scope(),
                tables.format(),
                tables.proactive(),
                tables.applications(),
                tables.reviews(),
                List.copyOf(checks),
                tree.name(agencyId),
                Report.Fees.of(fees),
                narrative,
                null,
                asOf);
        Optional<ReportStream.Published> published = stream.latest(agencyId, year, asOf);
        return report.withPublication(
                published.map(p -> differences.status(report, p)).orElse(Report.Publication.none()));
    }

    /** The assessors' checks against last year's published report of the same scope, when there is one. */
    private List<Check> againstLastYear(
            String agencyId, int year, Report tables, Map<String, String> narrative, Instant asOf) {
        if (year <= FIRST_YEAR) {
            return List.of();
        }
        Optional<JsonNode> previous = stream.latest(agencyId, year - 1, asOf)
                .map(published -> snapshot(published.snapshot()))
                .filter(snapshot -> snapshot.path("scope").asText().equals(tables.scope()));
        if (previous.isEmpty()) {
            return List.of();
        }
        List<Check> checks = new ArrayList<>();
        Check copied = AssessorChecks.overviewNotCopied(
                narrative.get("OVERVIEW"),
                previous.get().path("narrative").path("OVERVIEW").asText(null),
                year - 1);
        if (copied != null) {
            checks.add(copied);
        }
        Check carried = AssessorChecks.carryOverMatchesPublished(tables.applications(), previous.get(), year - 1);
        if (carried != null) {
            checks.add(carried);
        }
        return checks;
    }

    private JsonNode snapshot(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable published snapshot", e);
        }
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Report quarterly(String agencyId, int year, int quarter, AgencyTree.Scope scope) {
        return quarterly(agencyId, year, quarter, scope, null);
    }

    /**
     * The quarterly statistics with their submission status (the latest submitted version and the cells that
     * differ since, in {@code publication}) and the deadline check; {@code asOf} (null = now) recounts the facts
     * and the submissions recorded by that moment.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Report quarterly(String agencyId, int year, int quarter, AgencyTree.Scope scope, Instant asOf) {
        tree.requireKnown(agencyId);
        requireYear(year);
        requireQuarter(quarter);
        Report tables = report(agencyId, year, quarter, Period.quarter(year, quarter), scope, counts(asOf));
        LocalDate today = asOf == null ? LocalDate.now(clock) : LocalDate.ofInstant(asOf, clock.getZone());
        LocalDate firstSubmitted = submissions
                .first(agencyId, year, quarter, asOf)
                .map(Submissions.Submitted::submittedOn)
                .orElse(null);
        List<Check> checks = new ArrayList<>(tables.checks());
        checks.add(
                ReportChecks.submission(quarterlyDeadlines.deadline(agencyId, year, quarter), firstSubmitted, today));
        Report report = new Report(
                agencyId,
                year,
                quarter,
                tables.scope(),
                tables.format(),
                tables.proactive(),
                tables.applications(),
                tables.reviews(),
                List.copyOf(checks),
                null,
                null,
                null,
                null,
                asOf);
        return report.withPublication(submissions
                .latest(agencyId, year, quarter, asOf)
                .map(submitted -> differences.status(report, submitted))
                .orElse(Report.Publication.none()));
    }

    /** A quarter's statistics and the same tables from 1 January to the quarter's end, read in one snapshot. */
    public record Statistics(Report quarter, Report yearToDate) {}

    /**
     * What a quarterly statistics report (季度统计报表) prints and a submission freezes: the quarter (with its
     * submission status) and the year to date — the flows from 1 January to the end of the quarter, the stock
     * carried over from last year and the stock open at the quarter's end; {@code asOf} as for the quarter.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Statistics statistics(String agencyId, int year, int quarter, AgencyTree.Scope scope, Instant asOf) {
        Report statistics = quarterly(agencyId, year, quarter, scope, asOf);
        Period toDate = new Period(new Quarter(year, 1), new Quarter(year, quarter));
        return new Statistics(statistics, report(agencyId, year, quarter, toDate, scope, counts(asOf)));
    }

    private ReportCounts counts(Instant asOf) {
        return asOf == null ? live : asOfFacts.at(asOf);
    }

    private Report report(
            String agencyId, int year, Integer quarter, Period period, AgencyTree.Scope scope, ReportCounts counts) {
        AgencyTree.Coverage coverage = tree.coverage(agencyId, scope, period.end());
        List<String> covered = coverage.agencies();
        ApplicationsTable applications = ApplicationsTable.of(counts.tallies(coverage, period), !period.annual());
        Map<ReviewGroup, Map<String, Long>> reviewTable = counts.reviews(covered, period);
        ProactiveTable proactiveTable = counts.proactive(covered, period);
        Period before = period.previous();
        AgencyTree.Coverage coveredBefore = tree.coverage(agencyId, scope, before.end());
        ReportChecks.Previous previous = new ReportChecks.Previous(
                ApplicationsTable.of(counts.tallies(coveredBefore, before), !before.annual()),
                counts.proactive(coveredBefore.agencies(), before));
        List<Check> checks = ReportChecks.of(applications, reviewTable, proactiveTable, previous);
        return new Report(
                agencyId,
                year,
                quarter,
                scope.name().toLowerCase(Locale.ROOT),
                Report.format(year),
                proactiveTable,
                applications,
                reviewTable,
                checks);
    }

    private static void requireQuarter(int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new InvalidParameter("quarter", "must be 1, 2, 3 or 4", quarter);
        }
    }

    private void requireYear(int year) {
        int current = LocalDate.now(clock).getYear();
        if (year < FIRST_YEAR || year > current) {
            throw new InvalidParameter("year", "must be between " + FIRST_YEAR + " and " + current, year);
        }
    }
}
