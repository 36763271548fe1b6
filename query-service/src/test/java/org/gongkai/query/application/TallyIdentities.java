package org.gongkai.query.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.gongkai.events.application.Outcome;
import org.gongkai.query.statistics.ApplicationsTable;
import org.gongkai.query.statistics.Period;
import org.gongkai.query.statistics.TallyCounts;

/**
 * Every identity of DOMAIN.md §6 on table 三, for one scope and year, whoever reads the tally (the in-memory rule
 * or the SQL reader): received plus carried over equals handled plus carried forward in each quarter; one
 * quarter's 结转 is the next one's 上年结转; the year sums its quarters; 结转 equals the applications received and
 * still open at the period's end, counted straight from the facts; no count is negative.
 */
final class TallyIdentities {

    private static final int COLUMNS = 7;

    private TallyIdentities() {}

    /** The single agencies and all of them together: the scopes the identities are checked for. */
    static List<Set<String>> scopes(List<String> agencies) {
        List<Set<String>> scopes = new ArrayList<>();
        agencies.forEach(a -> scopes.add(Set.of(a)));
        scopes.add(Set.copyOf(agencies));
        return scopes;
    }

    static void assertHold(
            BiFunction<Set<String>, Period, TallyCounts> reader,
            Collection<ApplicationFacts> facts,
            Set<String> scope,
            int year) {
        ApplicationsTable annual = ApplicationsTable.of(reader.apply(scope, Period.year(year)), false);
        long[] receivedSum = new long[COLUMNS];
        long[][] outcomeSum = new long[Outcome.values().length][COLUMNS];
        ApplicationsTable previousQuarter = null;
        for (int q = 1; q <= 4; q++) {
            Period period = Period.quarter(year, q);
            ApplicationsTable quarter = ApplicationsTable.of(reader.apply(scope, period), true);
            for (int c = 0; c < COLUMNS; c++) {
                assertThat(quarter.row("RECEIVED").column(c)
                                + quarter.row("CARRIED_OVER").column(c))
                        .isEqualTo(quarter.row("TOTAL_HANDLED").column(c)
                                + quarter.row("CARRIED_FORWARD").column(c));
                receivedSum[c] += quarter.row("RECEIVED").column(c);
                for (Outcome o : Outcome.values()) {
                    outcomeSum[o.ordinal()][c] += quarter.row(o.name()).column(c);
                }
                if (previousQuarter != null) {
                    assertThat(quarter.row("CARRIED_OVER").column(c))
                            .isEqualTo(previousQuarter.row("CARRIED_FORWARD").column(c));
                }
            }
            assertThat(quarter.row("CARRIED_FORWARD").counts()).isEqualTo(openAtEnd(facts, scope, period));
            if (q == 1) {
                assertThat(annual.row("CARRIED_OVER").counts())
                        .isEqualTo(quarter.row("CARRIED_OVER").counts());
            }
            if (q == 4) {
                assertThat(annual.row("CARRIED_FORWARD").counts())
                        .isEqualTo(quarter.row("CARRIED_FORWARD").counts());
            }
            previousQuarter = quarter;
        }
        for (int c = 0; c < COLUMNS; c++) {
            assertThat(annual.row("RECEIVED").column(c)).isEqualTo(receivedSum[c]);
            for (Outcome o : Outcome.values()) {
                assertThat(annual.row(o.name()).column(c)).isEqualTo(outcomeSum[o.ordinal()][c]);
            }
        }
        assertThat(annual.rows()).allSatisfy(row -> assertThat(row.counts()).allMatch(n -> n >= 0));
    }

    /** 结转: received by the end of the period and still open at its end, counted straight from the facts. */
    private static List<Long> openAtEnd(Collection<ApplicationFacts> facts, Set<String> scope, Period period) {
        long[] open = new long[COLUMNS];
        for (ApplicationFacts f : facts) {
            if (scope.contains(f.agencyId())
                    && !f.receivedOn().isAfter(period.end())
                    && (f.open() || f.closedOn().isAfter(period.end()))) {
                open[f.applicantType().ordinal()]++;
                open[COLUMNS - 1]++;
            }
        }
        List<Long> counts = new ArrayList<>();
        for (long n : open) {
            counts.add(n);
        }
        return counts;
    }
}
