package org.gongkai.query.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.ApplicationEvent;
import org.gongkai.events.application.ApplicationReceived;
import org.gongkai.events.application.ApplicationWithdrawn;
import org.gongkai.events.application.Channel;
import org.gongkai.events.application.DecisionCorrected;
import org.gongkai.events.application.DecisionRecorded;
import org.gongkai.events.application.Outcome;
import org.gongkai.query.statistics.ApplicationsTable;
import org.gongkai.query.statistics.Period;
import org.gongkai.query.statistics.Quarter;

/**
 * Random histories of receipts, decisions, corrections and withdrawals over three agencies and three years,
 * delivered interleaved and partly twice: the incremental tally equals a recount from the final facts, every
 * identity of DOMAIN.md §6 holds for every agency, quarter, year and the whole set, and replaying changes nothing.
 */
class CountingProperties {

    static final LocalDate START = LocalDate.of(2023, 1, 1);
    static final List<String> AGENCIES = List.of("a", "b", "c");

    /** One application's life: receipt, then optionally a decision, a correction, a withdrawal. */
    record Life(
            int agency,
            int type,
            int receivedDay,
            int decideAfter,
            int outcome,
            int correctAfter,
            int correctedOutcome,
            int withdrawAfter) {}

    /** An event with its position in its aggregate, as delivered. */
    record Delivery(String aggregate, long sequence, ApplicationEvent event) {}

    @Provide
    Arbitrary<List<Life>> histories() {
        Arbitrary<Integer> maybe = Arbitraries.integers().between(-1, 200);
        return Combinators.combine(
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(0, 5),
                        Arbitraries.integers().between(0, 3 * 365 - 1),
                        maybe,
                        Arbitraries.integers().between(0, 20),
                        maybe,
                        Arbitraries.integers().between(0, 20),
                        maybe)
                .as(Life::new)
                .list()
                .ofMaxSize(40);
    }

    @Property(tries = 200)
    void incrementalCountsEqualARecountAndKeepEveryIdentity(@ForAll("histories") List<Life> lives, @ForAll long seed) {
        List<Delivery> deliveries = deliveries(lives, new Random(seed));
        Map<String, ApplicationFacts> facts = new HashMap<>();
        InMemoryTally tally = new InMemoryTally();
        apply(deliveries, facts, tally);

        assertThat(tally.cells).isEqualTo(recount(facts.values()));
        for (Set<String> scope : scopes()) {
            for (int year = 2023; year <= 2025; year++) {
                assertIdentities(tally, facts, scope, year);
            }
        }

        Map<InMemoryTally.Cell, Long> once = new HashMap<>(tally.cells);
        apply(deliveries, facts, tally);
        assertThat(tally.cells).isEqualTo(once);
    }

    private static List<Set<String>> scopes() {
        List<Set<String>> scopes = new ArrayList<>();
        AGENCIES.forEach(a -> scopes.add(Set.of(a)));
        scopes.add(Set.copyOf(AGENCIES));
        return scopes;
    }

    /** Per-aggregate watermark, exactly as the batch applier filters redeliveries. */
    private static final Map<Object, Map<String, Long>> MARKS = new java.util.IdentityHashMap<>();

    private static void apply(List<Delivery> deliveries, Map<String, ApplicationFacts> facts, InMemoryTally tally) {
        Map<String, Long> marks = MARKS.computeIfAbsent(facts, f -> new HashMap<>());
        for (Delivery delivery : deliveries) {
            if (delivery.sequence() <= marks.getOrDefault(delivery.aggregate(), -1L)) {
                continue;
            }
            marks.put(delivery.aggregate(), delivery.sequence());
            ApplicationCounting.Transition t =
                    ApplicationCounting.apply(facts.get(delivery.aggregate()), delivery.event());
            if (t.next() != null) {
                facts.put(delivery.aggregate(), t.next());
            }
            tally.add(t.deltas());
        }
    }

    private static Map<InMemoryTally.Cell, Long> recount(Iterable<ApplicationFacts> all) {
        InMemoryTally recount = new InMemoryTally();
        for (ApplicationFacts f : all) {
            recount.add(List.of(
                    new TallyDelta(f.agencyId(), Quarter.of(f.receivedOn()), f.applicantType(), "RECEIVED", 1)));
            if (!f.open()) {
                recount.add(List.of(new TallyDelta(
                        f.agencyId(),
                        Quarter.of(f.closedOn()),
                        f.applicantType(),
                        f.outcome().name(),
                        1)));
            }
        }
        return recount.cells;
    }

    private static void assertIdentities(
            InMemoryTally tally, Map<String, ApplicationFacts> facts, Set<String> scope, int year) {
        ApplicationsTable annual = ApplicationsTable.of(tally.read(scope, Period.year(year)), false);
        long[] receivedSum = new long[7];
        long[][] outcomeSum = new long[Outcome.values().length][7];
        ApplicationsTable previousQuarter = null;
        for (int q = 1; q <= 4; q++) {
            Period period = Period.quarter(year, q);
            ApplicationsTable quarter = ApplicationsTable.of(tally.read(scope, period), true);
            for (int c = 0; c < 7; c++) {
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
        for (int c = 0; c < 7; c++) {
            assertThat(annual.row("RECEIVED").column(c)).isEqualTo(receivedSum[c]);
            for (Outcome o : Outcome.values()) {
                assertThat(annual.row(o.name()).column(c)).isEqualTo(outcomeSum[o.ordinal()][c]);
            }
        }
        assertThat(annual.rows()).allSatisfy(row -> assertThat(row.counts()).allMatch(n -> n >= 0));
    }

    /** 结转: received by the end of the period and still open at its end, counted straight from the facts. */
    private static List<Long> openAtEnd(Map<String, ApplicationFacts> facts, Set<String> scope, Period period) {
        long[] open = new long[7];
        for (ApplicationFacts f : facts.values()) {
            if (scope.contains(f.agencyId())
                    && !f.receivedOn().isAfter(period.end())
                    && (f.open() || f.closedOn().isAfter(period.end()))) {
                open[f.applicantType().ordinal()]++;
                open[6]++;
            }
        }
        List<Long> counts = new ArrayList<>();
        for (long n : open) {
            counts.add(n);
        }
        return counts;
    }

    private static List<Delivery> deliveries(List<Life> lives, Random random) {
        Map<String, List<ApplicationEvent>> streams = new LinkedHashMap<>();
        for (int i = 0; i < lives.size(); i++) {
            Life life = lives.get(i);
            String id = "app-" + i;
            LocalDate received = START.plusDays(life.receivedDay());
            List<ApplicationEvent> events = new ArrayList<>();
            events.add(new ApplicationReceived(
                    id,
                    AGENCIES.get(life.agency()),
                    received,
                    Channel.ONLINE,
                    ApplicantType.values()[life.type()],
                    null,
                    received.plusDays(28)));
            LocalDate last = received;
            if (life.decideAfter() >= 0) {
                last = received.plusDays(life.decideAfter());
                events.add(new DecisionRecorded(id, Outcome.values()[life.outcome()], last));
                if (life.correctAfter() >= 0) {
                    last = last.plusDays(life.correctAfter());
                    events.add(new DecisionCorrected(id, Outcome.values()[life.correctedOutcome()], last, "fix"));
                }
            }
            if (life.withdrawAfter() >= 0) {
                events.add(new ApplicationWithdrawn(id, last.plusDays(life.withdrawAfter())));
            }
            streams.put(id, events);
        }
        // Interleave streams keeping each one's order; sometimes deliver an already sent event again.
        List<Delivery> out = new ArrayList<>();
        Map<String, Integer> next = new HashMap<>();
        List<String> pending = new ArrayList<>(streams.keySet());
        while (!pending.isEmpty()) {
            String id = pending.get(random.nextInt(pending.size()));
            int position = next.merge(id, 1, Integer::sum) - 1;
            out.add(new Delivery(id, position, streams.get(id).get(position)));
            if (random.nextInt(5) == 0) {
                int again = random.nextInt(position + 1);
                out.add(new Delivery(id, again, streams.get(id).get(again)));
            }
            if (position + 1 == streams.get(id).size()) {
                pending.remove(id);
            }
        }
        return out;
    }
}
