package org.gongkai.command;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The command-side scenario over embedded PostgreSQL binaries and an embedded KRaft broker: runs everywhere. */
class CommandServiceIT extends CommandServiceScenario {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry);
    }

    @Override
    String bootstrapServers() {
        return EmbeddedInfrastructure.kafka().getBrokersAsString();
    }
}
