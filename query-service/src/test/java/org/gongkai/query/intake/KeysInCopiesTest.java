package org.gongkai.query.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

class KeysInCopiesTest {

    private final KeysInCopies keys = new KeysInCopies();

    @Test
    void outsideARebuildEveryKeyMayBeHeld() {
        inTransaction(TransactionSynchronization.STATUS_COMMITTED, true, () -> {
            assertThat(keys.inCopies()).isFalse();
            assertThat(keys.mayHold("application", "a-1")).isTrue();
            keys.written("application", "a-1"); // nothing to remember
        });
    }

    @Test
    void aRebuildsCopyHoldsOnlyWhatCommittedBatchesWrote() {
        keys.begin(1_000);
        inTransaction(TransactionSynchronization.STATUS_COMMITTED, true, () -> {
            assertThat(keys.inCopies()).isTrue();
            assertThat(keys.mayHold("application", "a-1")).isFalse();
            keys.written("application", "a-1");
            // remembered only once the batch has committed
            assertThat(keys.mayHold("application", "a-1")).isFalse();
        });
        inTransaction(TransactionSynchronization.STATUS_ROLLED_BACK, true, () -> {
            assertThat(keys.mayHold("application", "a-1")).isTrue();
            keys.written("application", "a-2");
        });
        inTransaction(TransactionSynchronization.STATUS_COMMITTED, true, () -> {
            assertThat(keys.mayHold("application", "a-2")).as("rolled back").isFalse();
            // the same key in another table is another row
            assertThat(keys.mayHold("worklist_entry", "a-1")).isFalse();
        });
    }

    @Test
    void aTransactionThatWritesTheLiveTablesDuringARebuildMayFindAnyKey() {
        keys.begin(1_000);
        inTransaction(TransactionSynchronization.STATUS_COMMITTED, false, () -> {
            assertThat(keys.inCopies()).isFalse();
            assertThat(keys.mayHold("application", "a-1")).isTrue();
            keys.written("application", "a-1");
        });
        inTransaction(TransactionSynchronization.STATUS_COMMITTED, true, () -> {
            assertThat(keys.mayHold("application", "a-1"))
                    .as("written to the live table")
                    .isFalse();
        });
    }

    @Test
    void aBatchThatCommitsAfterTheCopiesWereReplacedAddsNothingToTheNextRebuild() {
        keys.begin(1_000);
        inTransaction(TransactionSynchronization.STATUS_COMMITTED, true, () -> {
            keys.written("application", "a-1");
            keys.end();
            keys.begin(1_000);
        });
        inTransaction(TransactionSynchronization.STATUS_COMMITTED, true, () -> {
            assertThat(keys.mayHold("application", "a-1")).isFalse();
        });
        keys.end();
        inTransaction(TransactionSynchronization.STATUS_COMMITTED, true, () -> {
            assertThat(keys.inCopies()).isFalse();
            assertThat(keys.mayHold("application", "a-1")).isTrue();
        });
    }

    /** A transaction as the batch applier runs one: routed to the copies or not, then completed with a status. */
    private void inTransaction(int status, boolean routed, Runnable work) {
        TransactionSynchronizationManager.initSynchronization();
        try {
            if (routed) {
                keys.routed();
            }
            work.run();
            TransactionSynchronizationUtils.invokeAfterCompletion(
                    TransactionSynchronizationManager.getSynchronizations(), status);
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
    }
}
