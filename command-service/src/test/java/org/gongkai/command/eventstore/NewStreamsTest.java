package org.gongkai.command.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

/** The first attempt of a create reads no stream, and only the one stream it names (ADR 0065). */
class NewStreamsTest {

    private final AtomicInteger connectionsAsked = new AtomicInteger();

    /** An engine whose database is never there: any query it tries fails, and is counted. */
    private final EventStorageWithoutSnapshots engine =
            new EventStorageWithoutSnapshots(JdbcEventStorageEngine.builder()
                    .connectionProvider(() -> {
                        connectionsAsked.incrementAndGet();
                        throw new SQLException("no database in this test", "08001");
                    })
                    .transactionManager(NoTransactionManager.INSTANCE)
                    .eventSerializer(JacksonSerializer.defaultSerializer())
                    .snapshotSerializer(JacksonSerializer.defaultSerializer()));

    @Test
    void answersTheAssumedNewStreamEmptyWithoutAQuery() {
        UnitOfWork<?> attempt = DefaultUnitOfWork.startAndGet(
                GenericCommandMessage.asCommandMessage("receipt").andMetaData(Map.of(NewStreams.ASSUMED_NEW, "app-1")));
        try {
            assertThat(engine.readEvents("app-1").hasNext()).isFalse();
            assertThat(connectionsAsked).hasValue(0);
        } finally {
            attempt.rollback();
        }
    }

    @Test
    void readsEveryOtherStreamFromTheDatabase() {
        UnitOfWork<?> attempt = DefaultUnitOfWork.startAndGet(
                GenericCommandMessage.asCommandMessage("receipt").andMetaData(Map.of(NewStreams.ASSUMED_NEW, "app-1")));
        try {
            assertThatThrownBy(() -> engine.readEvents("app-2").hasNext()).isNotNull();
            assertThat(connectionsAsked).hasPositiveValue();
        } finally {
            attempt.rollback();
        }
    }

    @Test
    void readsTheStreamOfACommandThatAssumesNothing() {
        UnitOfWork<?> usual = DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage("receipt"));
        try {
            assertThatThrownBy(() -> engine.readEvents("app-1").hasNext()).isNotNull();
            assertThat(connectionsAsked).hasPositiveValue();
        } finally {
            usual.rollback();
        }
    }
}
