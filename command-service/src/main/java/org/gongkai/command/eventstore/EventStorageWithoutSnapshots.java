package org.gongkai.command.eventstore;

import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

/**
 * Axon's JDBC event storage, minus the snapshot look-up before each aggregate load (ADR 0057). Gongkai configures
 * no snapshotter, so the snapshot table is always empty, and Axon's look-up was one database round trip of about
 * ten for every command, the new application's first among them. Reading a stream without a snapshot is always
 * correct: a snapshot only shortens the read.
 */
final class EventStorageWithoutSnapshots extends JdbcEventStorageEngine {

    EventStorageWithoutSnapshots(Builder builder) {
        super(builder);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return Stream.empty();
    }
}
