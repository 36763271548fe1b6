package org.gongkai.query.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.events.property.Seeded;
import org.gongkai.query.TestInfrastructure;
import org.gongkai.query.intake.DirectFeed;
import org.gongkai.query.intake.WireRecords;
import org.gongkai.query.statistics.ApplicationsTable;
import org.gongkai.query.statistics.Period;
import org.gongkai.query.statistics.TallyCounts;
import org.gongkai.query.statistics.TallyReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production path on real PostgreSQL against the pure rule, on random histories ({@link RandomHistories}):
 * events go through the batch applier (watermarks, {@link ApplicationProjection}, the tally writer) in poll-sized
 * batches, and the SQL {@link TallyReader} must read every agency, the whole set, every quarter and year exactly as
 * the in-memory tally reads them (so the identities of DOMAIN.md §6 that {@link CountingProperties} checks on that
 * reading hold for SQL too), and read the same after the whole history is delivered again. Each try uses ids of its own, so tries share one database. A failure prints the seed that
 * replays it ({@code -Dproperty.seed=}).
 */
@SpringBootTest(properties = "gongkai.query.consumer.enabled=false")
class CountingPropertiesIT {

    /**
     * Fewer than the in-memory property's tries: each try is some 120 SQL reads and a dozen transactions. Reading
     * exactly as the in-memory tally reads carries its identities (checked there on every try) over to SQL.
     */
    static final int TRIES = 50;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestInfrastructure.database("counting_properties_it", registry);
    }

    @Autowired
    DirectFeed feed;

    @Autowired
    TallyReader reader;

    private final AtomicInteger tries = new AtomicInteger();

    @Test
    void theProjectionAndTheSqlReaderCountAsThePureRule() {
        Seeded.forAll(
                TRIES,
                random -> new Delivered(
                        RandomHistories.draw(random, "t" + tries.incrementAndGet() + "-"), random.nextInt(1, 60)),
                input -> {
                    RandomHistories.History history = input.history();
                    List<WireRecords.Wire> wires = history.deliveries().stream()
                            .map(d -> feed.wire().wire((Record) d.event(), d.sequence()))
                            .toList();
                    deliver(wires, input.batchSize());
                    PureCount expected = new PureCount();
                    expected.apply(history.deliveries());

                    assertReadAsThePureRule(history, expected);

                    deliver(wires, input.batchSize());
                    assertReadAsThePureRule(history, expected);
                });
    }

    /** A history and the size of the polls it arrives in. */
    private record Delivered(RandomHistories.History history, int batchSize) {}

    private void deliver(List<WireRecords.Wire> wires, int batchSize) {
        for (int from = 0; from < wires.size(); from += batchSize) {
            feed.deliver(wires.subList(from, Math.min(wires.size(), from + batchSize)));
        }
    }

    private void assertReadAsThePureRule(RandomHistories.History history, PureCount expected) {
        for (Set<String> scope : TallyIdentities.scopes(history.agencies())) {
            for (int year = RandomHistories.FIRST_YEAR; year <= RandomHistories.LAST_YEAR; year++) {
                assertThat(table(reader.read(scope, Period.year(year)), false))
                        .as("%s %s", scope, year)
                        .isEqualTo(table(expected.tally.read(scope, Period.year(year)), false));
                for (int q = 1; q <= 4; q++) {
                    Period quarter = Period.quarter(year, q);
                    assertThat(table(reader.read(scope, quarter), true))
                            .as("%s %s", scope, quarter)
                            .isEqualTo(table(expected.tally.read(scope, quarter), true));
                }
            }
        }
    }

    private static ApplicationsTable table(TallyCounts counts, boolean quarterly) {
        return ApplicationsTable.of(counts, quarterly);
    }
}
