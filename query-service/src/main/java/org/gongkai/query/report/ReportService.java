package org.gongkai.query.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.query.agency.AgencyTree;
import org.gongkai.query.agency.InvalidParameter;
import org.gongkai.query.intake.ProjectionRebuild;
import org.gongkai.query.proactive.ProactiveReader;
import org.gongkai.query.proactive.ProactiveTable;
import org.gongkai.query.review.ReviewGroup;
import org.gongkai.query.review.ReviewsReader;
import org.gongkai.query.statistics.ApplicationsTable;
import org.gongkai.query.statistics.Period;
import org.gongkai.query.statistics.Quarter;
import org.gongkai.query.statistics.TallyReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles a report from the read models. All of it is read in one repeatable-read snapshot, so a batch
 * committing meanwhile cannot make two tables of one answer disagree.
 */
@Service
public class ReportService {

    /** The revised 条例 and its report formats apply from report year 2019. */
    static final int FIRST_YEAR = 2019;

    private final AgencyTree tree;
    private final TallyReader tallies;
    private final ReviewsReader reviews;
    private final ProactiveReader proactive;
    private final ProjectionRebuild rebuild;
    private final Clock clock;

    ReportService(AgencyTree tree, TallyReader tallies, ReviewsReader reviews, ProactiveReader proactive,
            ProjectionRebuild rebuild, Clock clock) {
        this.rebuild = rebuild;
        this.tree = tree;
        this.tallies = tallies;
        this.reviews = reviews;
        this.proactive = proactive;
        this.clock = clock;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Report annual(String agencyId, int year, AgencyTree.Scope scope) {
        rebuild.requireComplete();
        tree.requireKnown(agencyId);
        requireYear(year);
        return report(agencyId, year, null, Period.year(year), scope);
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Report quarterly(String agencyId, int year, int quarter, AgencyTree.Scope scope) {
        rebuild.requireComplete();
        tree.requireKnown(agencyId);
        requireYear(year);
        if (quarter < 1 || quarter > 4) {
            throw new InvalidParameter("quarter", "must be 1, 2, 3 or 4", quarter);
        }
        return report(agencyId, year, quarter, Period.quarter(year, quarter), scope);
    }

    /**
     * The quarterly statistics' year-to-date part: the flows from 1 January to the end of the quarter, the stock
     * carried over from last year and the stock open at the quarter's end.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Report yearToDate(String agencyId, int year, int quarter, AgencyTree.Scope scope) {
        Report quarterly = quarterly(agencyId, year, quarter, scope);
        Period toDate = new Period(new Quarter(year, 1), new Quarter(year, quarter));
        return report(agencyId, year, quarterly.quarter(), toDate, scope);
    }

    private Report report(String agencyId, int year, Integer quarter, Period period, AgencyTree.Scope scope) {
        List<String> covered = tree.covered(agencyId, scope, period.end());
        ApplicationsTable applications = ApplicationsTable.of(tallies.read(covered, period), !period.annual());
        Map<ReviewGroup, Map<String, Long>> reviewTable = reviews.read(covered, period);
        ProactiveTable proactiveTable = proactive.read(covered, period);
        Period before = period.previous();
        List<String> coveredBefore = tree.covered(agencyId, scope, before.end());
        ReportChecks.Previous previous = new ReportChecks.Previous(
                ApplicationsTable.of(tallies.read(coveredBefore, before), !before.annual()),
                proactive.read(coveredBefore, before));
        List<Check> checks = ReportChecks.of(applications, reviewTable, proactiveTable, previous);
        return new Report(agencyId, year, quarter, scope.name().toLowerCase(), Report.format(year), proactiveTable,
                applications, reviewTable, checks);
    }

    private void requireYear(int year) {
        int current = LocalDate.now(clock).getYear();
        if (year < FIRST_YEAR || year > current) {
            throw new InvalidParameter("year", "must be between " + FIRST_YEAR + " and " + current, year);
        }
    }
}
