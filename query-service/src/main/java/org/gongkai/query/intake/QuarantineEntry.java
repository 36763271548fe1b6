package org.gongkai.query.intake;

import java.time.Instant;

/**
 * One row of the quarantine as administrators see it. No event values: the ids, the type and the error (its
 * message with quoted values taken out) say what to fix; the event itself is in the event store.
 *
 * @param kind FAILED (its own projection failed) or WAITING (behind {@code waitsFor}, an earlier event of the same
 *     aggregate)
 * @param resolution RETRIED, REPLAYED or DUPLICATE once resolved; null while open
 */
public record QuarantineEntry(
        long id,
        String topic,
        int partition,
        long offset,
        String eventId,
        String eventType,
        String stream,
        String aggregateId,
        Long sequence,
        String kind,
        Long waitsFor,
        String errorClass,
        String sqlState,
        String errorMessage,
        int attempts,
        Instant quarantinedAt,
        Instant lastFailedAt,
        Instant resolvedAt,
        String resolvedBy,
        String resolution) {}
