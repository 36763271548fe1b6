package org.gongkai.query.intake;

import java.time.Instant;

/**
 * One consumed event: the contract record and what the headers say about it.
 *
 * @param sequence the 0-based sequence within its aggregate, or -1 when the header was missing
 * @param recordedAt when the event store recorded the fact (may be null when the header was missing)
 * @param recordedBy the user who recorded it (header {@code gongkai-recorded-by}; null on events from before sign-in)
 */
public record EventEnvelope(
        String eventId,
        String type,
        String stream,
        String aggregateId,
        long sequence,
        Instant recordedAt,
        String recordedBy,
        Record payload) {}
