package org.gongkai.query.report;

import java.util.Set;
import org.gongkai.query.agency.AgencyTree;
import org.gongkai.query.intake.EventEnvelope;
import org.gongkai.query.intake.Projection;
import org.gongkai.query.intake.ProjectionChanges;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ties the report cache to the batch transaction: just before a batch that changed agencies commits, the cache
 * stops answering; after the commit, the reports it changed are dropped. Doing it after the commit only (on
 * {@code ProjectionCommitted}) would leave a moment in which a reader that waited for its write (the applied
 * position is committed with the batch) could still be answered the report from before it.
 */
@Component
class ReportCacheInvalidation implements Projection {

    private final ReportCache cache;
    private final AgencyTree tree;

    ReportCacheInvalidation(ReportCache cache, AgencyTree tree) {
        this.cache = cache;
        this.tree = tree;
    }

    @Override
    public void apply(EventEnvelope event, ProjectionChanges changes) {
        if (changes.intoCopies() // readers keep the live tables until the swap, which empties the cache
                || TransactionSynchronizationManager.hasResource(this)
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.bindResource(this, changes);
        TransactionSynchronizationManager.registerSynchronization(new Invalidation(changes));
    }

    @Override
    public void replacing() {
        cache.committing();
    }

    @Override
    public void replaced(boolean replaced) {
        // every report may differ now: the rebuild may have been started to correct a projection
        cache.clear();
        cache.committed(java.util.Set.of(), replaced);
    }

    /** One per batch transaction; reads the batch's changes when all projections have applied it. */
    private final class Invalidation implements TransactionSynchronization {

        private final ProjectionChanges changes;
        private Set<String> affected;

        Invalidation(ProjectionChanges changes) {
            this.changes = changes;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            if (!changes.agencyIds().isEmpty()) {
                // inside the transaction: the closure already holds this batch's moves, old parents included
                affected = tree.everAbove(changes.agencyIds());
                cache.committing();
            }
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(ReportCacheInvalidation.this);
            if (affected != null) {
                // STATUS_UNKNOWN: the connection broke during COMMIT, which may have stored the batch. Its records
                // are read again and then skipped as delivered, announcing nothing, so its reports go now.
                cache.committed(affected, status != STATUS_ROLLED_BACK);
            }
        }
    }
}
