package org.gongkai.command.eventstore;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import org.axonframework.serialization.RevisionResolver;
import org.gongkai.events.EventCatalogue;
import org.gongkai.events.EventType;
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
}
