package org.gongkai.query.intake;

import com.google.common.hash.BloomFilter;
import com.google.common.hash.Funnels;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which rows a rebuild's copies may hold already (ADR 0064). A rebuild fills empty copies from offset zero, and most
 * of the keys its batches look up were never written: a new application's row, its worklist entry, its aggregate's
 * watermark. A look-up that is certain to find nothing is skipped, and a row certain to be new is appended rather
 * than upserted.
 *
 * <p>The writers of a copied table tell this class each key they write; it is remembered once the batch has
 * committed, so a rolled-back batch leaves nothing behind. Keys are kept in a Bloom filter of bounded size: it may
 * answer "may hold" for a key never written (then the look-up is made, as before), never "cannot hold" for one
 * written. Outside a rebuild every key may be held.
 *
 * <p>Only the projection's consumer thread writes the copies, one batch at a time (ADR 0053), so a row a batch did
 * not find in a copy cannot appear there before the batch commits. The answers apply to the transactions that
 * write the copies ({@link ShadowTables#routeThisTransaction}); in any other (an administrator's retry of a
 * quarantined event writes the live tables) every key may be held.
 */
@Component
public final class KeysInCopies {

    /** A filter for more keys than this takes more than about 5 MB; beyond, look-ups are skipped less often. */
    static final long MOST_KEYS = 4_000_000;

    private static final double FALSE_POSITIVES = 0.01;

    private volatile BloomFilter<CharSequence> written;
    /** The key under which a transaction that writes the copies holds the filter of those copies. */
    private final Object route = new Object();

    /** A rebuild's copies were just created empty; {@code expectedKeys}: about how many keys it will write. */
    void begin(long expectedKeys) {
        written = BloomFilter.create(
                Funnels.unencodedCharsFunnel(), Math.max(1_000, Math.min(expectedKeys, MOST_KEYS)), FALSE_POSITIVES);
    }

    /** The copies became the live tables, or were dropped: every key may be held again. */
    void end() {
        written = null;
    }

    /** The current transaction writes the copies (called when it is routed to them). */
    void routed() {
        BloomFilter<CharSequence> filter = written;
        if (filter == null || TransactionSynchronizationManager.hasResource(route)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(route, filter);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(route);
            }
        });
    }

    /** Whether the current transaction writes a rebuild's copies. */
    public boolean inCopies() {
        return filter() != null;
    }

    /**
     * False only when the current transaction writes a rebuild's copies and the copy of {@code table} certainly
     * holds no row under {@code key}.
     */
    public boolean mayHold(String table, String key) {
        BloomFilter<CharSequence> filter = filter();
        return filter == null || filter.mightContain(entry(table, key));
    }

    /**
     * Notes that the current transaction writes a row of the copy of {@code table} under {@code key}; remembered
     * when it commits. In a transaction that does not write the copies it does nothing.
     */
    public void written(String table, String key) {
        BloomFilter<CharSequence> filter = filter();
        if (filter != null) {
            pending(filter).add(entry(table, key));
        }
    }

    @SuppressWarnings("unchecked")
    private BloomFilter<CharSequence> filter() {
        return (BloomFilter<CharSequence>) TransactionSynchronizationManager.getResource(route);
    }

    private List<String> pending(BloomFilter<CharSequence> filter) {
        @SuppressWarnings("unchecked")
        List<String> bound = (List<String>) TransactionSynchronizationManager.getResource(this);
        if (bound != null) {
            return bound;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("rows of a rebuild's copies are written inside a transaction");
        }
        List<String> keys = new ArrayList<>();
        TransactionSynchronizationManager.bindResource(this, keys);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(KeysInCopies.this);
                // the copies this batch wrote are still the ones being filled: the filter was not replaced since
                if (status == STATUS_COMMITTED && written == filter) {
                    keys.forEach(filter::put);
                }
            }
        });
        return keys;
    }

    private static String entry(String table, String key) {
        return table + '\u0000' + key;
    }
}
