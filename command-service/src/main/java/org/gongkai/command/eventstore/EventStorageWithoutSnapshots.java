package org.gongkai.command.eventstore;

import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

/**
 * Axon's JDBC event storage, minus the snapshot look-up before each aggregate load (ADR 0057). Gongkai configures
 * no snapshotter, so the snapshot table is always empty, and Axon's look-up was one database round trip of about
 * ten for every command, the new application's first among them. Reading a stream without a snapshot is always
 * correct: a snapshot only shortens the read.
 *
 * <p>It also answers an empty stream, without a query, for the one stream a create's first attempt assumes to be new
 * ({@link NewStreams}, ADR 0065): if the stream exists after all, its first event is refused by the unique key.
 */
final class EventStorageWithoutSnapshots extends JdbcEventStorageEngine {

    EventStorageWithoutSnapshots(Builder builder) {
        super(builder);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return Stream.empty();
    }

    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(
            String aggregateIdentifier, long firstSequenceNumber, int batchSize) {
        if (firstSequenceNumber == 0 && NewStreams.assumedNew(aggregateIdentifier)) {
            return List.of();
        }
        return super.fetchDomainEvents(aggregateIdentifier, firstSequenceNumber, batchSize);
    }
}
