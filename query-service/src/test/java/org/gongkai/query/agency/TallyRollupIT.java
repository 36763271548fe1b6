package org.gongkai.query.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.events.agency.AgencyMoved;
import org.gongkai.events.agency.AgencyRegistered;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.ApplicationReceived;
import org.gongkai.events.application.Channel;
import org.gongkai.events.application.DecisionRecorded;
import org.gongkai.events.application.Outcome;
import org.gongkai.events.property.Seeded;
import org.gongkai.query.TestInfrastructure;
import org.gongkai.query.intake.DirectFeed;
import org.gongkai.query.intake.WireRecords;
import org.gongkai.query.statistics.ApplicationsTable;
import org.gongkai.query.statistics.Period;
import org.gongkai.query.statistics.TallyReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The prepared sums of ADR 0043 against the agencies they sum, on random trees with dated moves: for every agency,
 * year and quarter, the closure table covers exactly the agencies a walk of the dated parent history finds (an
 * agency moved on a date counts under its old parent for periods ending before it and under its new parent for
 * periods ending on or after it), and table 三 read from the roll-up equals table 三 summed agency by agency. The
 * events arrive in random batches, agencies sometimes before their parents, and the whole history is delivered
 * again. A failure prints the seed that replays it ({@code -Dproperty.seed=}).
 */
@SpringBootTest(properties = "gongkai.query.consumer.enabled=false")
class TallyRollupIT {

    static final int TRIES = 8;
    static final LocalDate START = LocalDate.of(2023, 1, 1);
    static final int DAYS = 3 * 365;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestInfrastructure.database("tally_rollup_it", registry);
    }

    @Autowired
    DirectFeed feed;

    @Autowired
    AgencyTree tree;

    @Autowired
    TallyReader tallies;

    private final AtomicInteger tries = new AtomicInteger();

    /** A random tree (a root, three districts, eight offices), its dated moves and applications, in arrival order. */
    record History(List<String> agencies, Map<String, TreeMap<LocalDate, String>> parents, List<Record> events) {

        /** The agencies under {@code agency} on the date, by walking each agency's parent in force on it. */
        Set<String> subtree(String agency, LocalDate on) {
            Set<String> under = new HashSet<>();
            for (String candidate : agencies) {
                String at = candidate;
                for (int depth = 0; at != null && depth < 10; depth++) {
                    if (at.equals(agency)) {
                        under.add(candidate);
                        break;
                    }
                    var parent = parents.getOrDefault(at, new TreeMap<>()).floorEntry(on);
                    at = parent == null ? null : parent.getValue();
                }
            }
            return under;
        }

        static History draw(SplittableRandom random, String prefix) {
            String root = prefix + "root";
            List<String> districts = List.of(prefix + "d0", prefix + "d1", prefix + "d2");
            List<String> offices = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                offices.add(prefix + "o" + i);
            }
            List<String> agencies = new ArrayList<>(List.of(root));
            agencies.addAll(districts);
            agencies.addAll(offices);
            Map<String, TreeMap<LocalDate, String>> parents = new HashMap<>();
            List<Record> registrations = new ArrayList<>();
            registrations.add(new AgencyRegistered(root, "根", null, null));
            for (String district : districts) {
                registrations.add(new AgencyRegistered(district, "区", root, null));
                parents.computeIfAbsent(district, a -> new TreeMap<>()).put(AgencyProjection.SINCE_ALWAYS, root);
            }
            for (String office : offices) {
                String parent = districts.get(random.nextInt(districts.size()));
                registrations.add(new AgencyRegistered(office, "办", parent, null));
                parents.computeIfAbsent(office, a -> new TreeMap<>()).put(AgencyProjection.SINCE_ALWAYS, parent);
            }
            Collections.shuffle(registrations, new java.util.Random(random.nextLong()));
            List<Record> later = new ArrayList<>();
            // offices move under any district or the root; d2 moves under d0 or d1, which never move (no cycle)
            int moves = random.nextInt(0, 5);
            for (int i = 0; i < moves; i++) {
                LocalDate on = START.plusDays(random.nextInt(DAYS));
                String mover;
                String parent;
                if (random.nextInt(4) == 0) {
                    mover = districts.get(2);
                    parent = districts.get(random.nextInt(2));
                } else {
                    mover = offices.get(random.nextInt(offices.size()));
                    parent = random.nextInt(5) == 0 ? root : districts.get(random.nextInt(districts.size()));
                }
                later.add(new AgencyMoved(mover, parent, on));
                parents.computeIfAbsent(mover, a -> new TreeMap<>()).put(on, parent);
            }
            int applications = random.nextInt(10, 60);
            for (int i = 0; i < applications; i++) {
                String id = prefix + "app" + i;
                LocalDate received = START.plusDays(random.nextInt(DAYS));
                ApplicantType type = ApplicantType.values()[random.nextInt(ApplicantType.values().length)];
                later.add(new ApplicationReceived(
                        id,
                        agencies.get(random.nextInt(agencies.size())),
                        received,
                        Channel.ONLINE,
                        type,
                        null,
                        received.plusDays(20)));
                if (random.nextBoolean()) {
                    Outcome outcome = Outcome.values()[random.nextInt(Outcome.values().length)];
                    later.add(new DecisionRecorded(id, outcome, received.plusDays(random.nextInt(120))));
                }
            }
            // receipts stay before their decisions; moves land anywhere among them
            List<Record> events = new ArrayList<>(registrations);
            events.addAll(later);
            return new History(agencies, parents, events);
        }
    }

    @Test
    void theRollUpEqualsTheSumOfTheAgenciesForEveryPeriodAndSubtreeAfterMoves() {
        Seeded.forAll(TRIES, random -> History.draw(random, "ru" + tries.incrementAndGet() + "-"), history -> {
            List<WireRecords.Wire> wires = new ArrayList<>();
            for (Record event : history.events()) {
                wires.add(feed.wire().next(event));
            }
            deliverInRandomBatches(wires, new SplittableRandom(wires.size()));
            assertRollUpsHold(history);

            feed.deliver(wires);
            assertRollUpsHold(history);
        });
    }

    private void deliverInRandomBatches(List<WireRecords.Wire> wires, SplittableRandom random) {
        int at = 0;
        while (at < wires.size()) {
            int next = Math.min(wires.size(), at + random.nextInt(1, 15));
            feed.deliver(wires.subList(at, next));
            at = next;
        }
    }

    private void assertRollUpsHold(History history) {
        for (String agency : history.agencies()) {
            for (int year = 2023; year <= 2025; year++) {
                List<Period> periods = new ArrayList<>(List.of(Period.year(year)));
                for (int q = 1; q <= 4; q++) {
                    periods.add(Period.quarter(year, q));
                }
                for (Period period : periods) {
                    AgencyTree.Coverage coverage = tree.coverage(agency, AgencyTree.Scope.SUBTREE, period.end());
                    Set<String> expected = history.subtree(agency, period.end());
                    assertThat(coverage.agencies())
                            .as("covered %s %s", agency, period)
                            .containsExactlyInAnyOrderElementsOf(expected);
                    assertThat(coverage.agencies()).containsAll(coverage.summedLive());
                    ApplicationsTable rolledUp = ApplicationsTable.of(
                            tallies.read(coverage.summedLive(), coverage.rolledUpUnder(), period), !period.annual());
                    ApplicationsTable summed =
                            ApplicationsTable.of(tallies.read(List.copyOf(expected), period), !period.annual());
                    assertThat(rolledUp)
                            .as("三 from the roll-up of %s %s", agency, period)
                            .isEqualTo(summed);
                }
            }
        }
    }
}
