package org.gongkai.query.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.gongkai.events.property.Seeded;
import org.junit.jupiter.api.Test;

/**
 * The counting rule in memory on random histories ({@link RandomHistories}), {@value #TRIES} of them: the
 * incremental tally equals a recount from the final facts, every identity of DOMAIN.md §6 holds for every agency,
 * quarter, year and the whole set, and replaying changes nothing. {@link CountingPropertiesIT} checks the same
 * against the production projection and SQL reader on PostgreSQL. A failure prints the seed that replays it
 * ({@code -Dproperty.seed=}).
 */
class CountingProperties {

    static final int TRIES = 200;

    @Test
    void incrementalCountsEqualARecountAndKeepEveryIdentity() {
        Seeded.forAll(TRIES, random -> RandomHistories.draw(random, ""), history -> {
            PureCount count = new PureCount();
            count.apply(history.deliveries());

            assertThat(count.tally.cells).isEqualTo(count.recount());
            for (Set<String> scope : TallyIdentities.scopes(history.agencies())) {
                for (int year = RandomHistories.FIRST_YEAR; year <= RandomHistories.LAST_YEAR; year++) {
                    TallyIdentities.assertHold(count.tally::read, count.facts.values(), scope, year);
                }
            }

            Map<InMemoryTally.Cell, Long> once = new HashMap<>(count.tally.cells);
            count.apply(history.deliveries());
            assertThat(count.tally.cells).isEqualTo(once);
        });
    }
}
