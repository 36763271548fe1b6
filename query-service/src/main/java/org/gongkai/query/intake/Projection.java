package org.gongkai.query.intake;

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
    default void prepare(java.util.List<EventEnvelope> events) {}

    /** Empties this projection's tables before a rebuild replays the topic from the beginning. */
    void reset();
}
