package org.gongkai.command.eventstore;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
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
}
