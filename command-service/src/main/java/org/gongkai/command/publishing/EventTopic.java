package org.gongkai.command.publishing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kafka topic that carries every event of the contract, keyed by aggregate id. Retention is forever: the
 * query side rebuilds its projections from offset zero. The topic is made sure of before the first batch is
 * published, not at start-up, so the command side starts and takes writes while Kafka is down.
 */
final class EventTopic {

    private static final Logger log = LoggerFactory.getLogger(EventTopic.class);

    private final String name;
    private final int partitions;
    private final String bootstrapServers;
    private volatile boolean ensured;

    EventTopic(String name, int partitions, String bootstrapServers) {
        this.name = name;
        this.partitions = partitions;
        this.bootstrapServers = bootstrapServers;
    }

    String name() {
        return name;
    }

    void ensureExists() {
        if (ensured) {
            return;
        }
        try (AdminClient admin = AdminClient.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000))) {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1)
                            .configs(Map.of(
                                    TopicConfig.RETENTION_MS_CONFIG,
                                    "-1",
                                    TopicConfig.RETENTION_BYTES_CONFIG,
                                    "-1",
                                    TopicConfig.MAX_MESSAGE_BYTES_CONFIG,
                                    Integer.toString(EventProducer.MAX_EVENT_BYTES + 64 * 1024)))))
                    .all()
                    .get();
            log.info("Created topic {} with {} partitions", name, partitions);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new KafkaPublisher.PublishingFailed(e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaPublisher.PublishingFailed(e);
        }
        ensured = true;
    }
}
