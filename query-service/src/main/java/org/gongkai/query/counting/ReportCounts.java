package org.gongkai.query.counting;

import java.util.List;
import java.util.Map;
import org.gongkai.query.agency.AgencyTree;
import org.gongkai.query.application.ProcessingFees;
import org.gongkai.query.proactive.ProactiveTable;
import org.gongkai.query.review.ReviewGroup;
import org.gongkai.query.statistics.Period;
import org.gongkai.query.statistics.TallyCounts;

/**
 * Where a report's numbers come from: the live read models, or a recount of the facts recorded by a moment
 * ("as of"). The report is assembled the same way from either, so both obey the same rules and checks.
 */
public interface ReportCounts {

    TallyCounts tallies(List<String> agencyIds, Period period);

    /** Table 三's tally of what the coverage names; the live read models take a subtree from its roll-up. */
    default TallyCounts tallies(AgencyTree.Coverage coverage, Period period) {
        return tallies(coverage.agencies(), period);
    }

    Map<ReviewGroup, Map<String, Long>> reviews(List<String> agencyIds, Period period);

    ProactiveTable proactive(List<String> agencyIds, Period period);

    ProcessingFees fees(List<String> agencyIds, int year);
}
