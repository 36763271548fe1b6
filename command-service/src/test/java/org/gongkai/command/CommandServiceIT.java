package org.gongkai.command;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The command-side scenario over embedded PostgreSQL binaries and an embedded KRaft broker: runs everywhere. */
class CommandServiceIT extends CommandServiceScenario {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", EmbeddedInfrastructure::jdbcUrl);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        registry.add("spring.kafka.bootstrap-servers", () -> EmbeddedInfrastructure.kafka().getBrokersAsString());
    }

    @Override
    String bootstrapServers() {
        return EmbeddedInfrastructure.kafka().getBrokersAsString();
    }
}
