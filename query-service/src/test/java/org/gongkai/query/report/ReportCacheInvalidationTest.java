package org.gongkai.query.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.query.agency.AgencyTree;
import org.gongkai.query.intake.ProjectionChanges;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which batch endings drop the cached reports of the agencies they changed: a commit, and a commit whose outcome the
 * driver could not learn (the connection broke at COMMIT), since that batch may be stored and its re-reading will
 * announce nothing; not a rollback.
 */
class ReportCacheInvalidationTest {

    /** Each serialisation is a new body, so a computed answer is told from a kept one. */
    private final AtomicInteger computed = new AtomicInteger();

    private final ObjectMapper countingMapper = new ObjectMapper() {
        @Override
        public byte[] writeValueAsBytes(Object value) {
            return ("{\"computed\":" + computed.incrementAndGet() + "}").getBytes(StandardCharsets.UTF_8);
        }
    };
    private final ReportCache cache =
            new ReportCache(countingMapper, Clock.fixed(Instant.parse("2024-06-01T02:00:00Z"), ZoneId.of("UTC")));
    private final AgencyTree tree = mock(AgencyTree.class);
    private final ReportCacheInvalidation invalidation = new ReportCacheInvalidation(cache, tree);

    @ParameterizedTest
    @ValueSource(ints = {TransactionSynchronization.STATUS_COMMITTED, TransactionSynchronization.STATUS_UNKNOWN})
    void aBatchThatCommittedOrMayHaveCommittedDropsTheReportsAboveWhatItChanged(int status) {
        when(tree.everAbove(any())).thenReturn(Set.of("office", "district"));
        String before = read("district");
        assertThat(read("district")).as("kept while nothing changed").isEqualTo(before);

        endBatchChanging("office", status);

        assertThat(read("district")).isNotEqualTo(before);
    }

    @Test
    void aBatchRolledBackKeepsThem() {
        when(tree.everAbove(any())).thenReturn(Set.of("office", "district"));
        String before = read("district");

        endBatchChanging("office", TransactionSynchronization.STATUS_ROLLED_BACK);

        assertThat(read("district")).isEqualTo(before);
    }

    private String read(String agencyId) {
        return new String(
                cache.annual(agencyId, 2024, AgencyTree.Scope.SUBTREE, () -> null)
                        .json(),
                StandardCharsets.UTF_8);
    }

    /** A projection batch's transaction as BatchApplier runs it, ended with the given status. */
    private void endBatchChanging(String agencyId, int status) {
        TransactionSynchronizationManager.initSynchronization();
        try {
            ProjectionChanges changes = new ProjectionChanges();
            changes.agencyChanged(agencyId);
            invalidation.apply(null, changes);
            var synchronizations = TransactionSynchronizationManager.getSynchronizations();
            assertThat(synchronizations).hasSize(1);
            synchronizations.forEach(sync -> sync.beforeCommit(false));
            synchronizations.forEach(sync -> sync.afterCompletion(status));
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }
}
