package org.gongkai.query.intake;

import java.util.List;

/**
 * A read model fed by events. Called inside the batch transaction, once per new event (duplicates are already
 * filtered out), in topic order per aggregate. Implementations ignore events they do not care about.
 */
public interface Projection {

    void apply(EventEnvelope event, ProjectionChanges changes);

    /**
     * Called once per batch, inside its transaction and before the first {@link #apply}, with the batch's new
     * events: a projection may load what they touch in one query instead of one per event.
     */
    default void prepare(List<EventEnvelope> events) {}

    /**
     * The tables this projection writes, all of them derived from events. A rebuild fills empty copies of them from
     * the beginning of the topic while readers keep the live ones, and swaps the copies in at the end (ADR 0053).
     * A table left out is written in place during a rebuild, as the account table is on purpose.
     */
    default List<String> tables() {
        return List.of();
    }

    /**
     * A rebuild has consumed everything up to its target, and its copies are about to be indexed and swapped in:
     * whatever the projection held back in memory for the copies must be written now (ADR 0056). Called on the
     * consumer's thread, inside a transaction that writes the copies; if it fails, nothing is swapped and the
     * rebuild calls it again on its next turn.
     */
    default void caughtUp() {}

    /**
     * A rebuild's tables are about to replace the live ones: the swap's transaction is ready to commit. Anything
     * kept in memory from the live tables must stop being answered from now on.
     */
    default void replacing() {}

    /** The swap ended; when {@code replaced}, the rebuilt tables are the live ones now. */
    default void replaced(boolean replaced) {}
}
