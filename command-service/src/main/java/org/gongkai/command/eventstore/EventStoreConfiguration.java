package org.gongkai.command.eventstore;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.gongkai.events.EventCatalogue;
import org.gongkai.events.EventType;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's event store on PostgreSQL through its JDBC engine (schema by Flyway), with Jackson: XStream cannot read
 * Java records, and JSON keeps the stored payloads readable by operators (see docs/adr).
 */
@Configuration
class EventStoreConfiguration {

    /** PostgreSQL's SQLState for a unique key violation. */
    static final String UNIQUE_VIOLATION = "23505";

    /** Event versions come from the contract's catalogue, since shared-events may not carry Axon annotations. */
    @Bean
    RevisionResolver revisionResolver() {
        return payloadType -> EventCatalogue.byClass(payloadType)
                .map(EventType::version)
                .map(String::valueOf)
                .orElse(null);
    }

    /** Money travels as a decimal string, so no consumer ever parses it as a binary floating-point number. */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer exactMoney() {
        return builder -> builder.postConfigurer(mapper ->
                mapper.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)));
    }

    /**
     * The engine Axon's JDBC auto-configuration would build, with the same parts, but one that does not look for
     * snapshots (ADR 0057): none are ever taken.
     */
    @Bean
    EventStorageEngine eventStorageEngine(
            Serializer defaultSerializer,
            PersistenceExceptionResolver persistenceExceptionResolver,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            org.axonframework.config.Configuration axon,
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager) {
        JdbcEventStorageEngine.Builder builder = JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(axon.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(axon.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager); // Axon's default table and column names (V1)
        return new EventStorageWithoutSnapshots(builder);
    }

    /**
     * Tells a duplicate event (a create that lost a race, ADR 0006; a first attempt that found its stream stored, ADR
     * 0065; two instances writing one stream at once) from other failures, by PostgreSQL's SQLState for a unique key
     * violation. Axon's {@code JdbcSQLErrorCodesResolver}, which its JDBC auto-configuration would make, only knows
     * {@code SQLIntegrityConstraintViolationException}, which the PostgreSQL driver never throws: every duplicate
     * was a storage failure, and a race between two instances was answered 500.
     */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver(UNIQUE_VIOLATION);
    }

    /**
     * Axon's command gateway (its auto-configuration makes the same one while none is declared), sending a write that
     * lost a race once more (ADR 0065).
     */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus) {
        return new RaceAwareCommandGateway(
                DefaultCommandGateway.builder().commandBus(commandBus).build());
    }

    /**
     * The event store Axon's auto-configuration would build, without its shared cache of fetched events for
     * streaming consumers (ADR 0063): the only one here is the Kafka publisher, and while it lags behind (a batch
     * stores thousands of events a second) the cache kept every event fetched since it fell behind (AxonFramework
     * issue 2954). The bench measured 180,000 cached events, a full heap and full collections of half a second
     * each after one batch phase.
     */
    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration axon) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(axon.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(axon.getComponent(EventBusSpanFactory.class))
                .optimizeEventConsumption(false)
                .build();
    }
}
