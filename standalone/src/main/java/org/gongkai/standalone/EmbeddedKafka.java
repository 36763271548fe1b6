package org.gongkai.standalone;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one server), on loopback listeners,
 * with its log under a directory kept across restarts. Topics live forever: the topic is the projections' replay
 * source.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final KafkaRaftServer server;
    private final int brokerPort;

    private EmbeddedKafka(KafkaRaftServer server, int brokerPort) {
        this.server = server;
        this.brokerPort = brokerPort;
    }

    /** Formats {@code directory} on first use (a new cluster id in meta.properties), then starts the server. */
    static EmbeddedKafka start(Path directory, int brokerPort, int controllerPort) {
        Path logDir = directory.resolve("data").toAbsolutePath();
        KafkaConfig config;
        try {
            Files.createDirectories(logDir);
            config = new KafkaConfig(settings(logDir, brokerPort, controllerPort), false);
            formatIfNew(logDir);
        } catch (Exception e) {
            throw new StartupException(
                    "Kafka storage in " + logDir + " could not be prepared: " + EmbeddedDatabase.rootMessage(e), e);
        }
        KafkaRaftServer server;
        try {
            server = new KafkaRaftServer(config, Time.SYSTEM);
        } catch (RuntimeException | LinkageError e) {
            // e.g. Kafka's metrics cannot register their shutdown hook when the JVM is already stopping
            throw new StartupException("Kafka could not start: " + EmbeddedDatabase.rootMessage(e), e);
        }
        try {
            server.startup();
        } catch (RuntimeException e) {
            // broker threads are not daemons: a half-started server would keep the JVM alive
            stop(server);
            throw new StartupException("Kafka could not start: " + EmbeddedDatabase.rootMessage(e), e);
        }
        return new EmbeddedKafka(server, brokerPort);
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    @Override
    public void close() {
        stop(server);
    }

    private static void stop(KafkaRaftServer server) {
        server.shutdown();
        server.awaitShutdown();
    }

    private static void formatIfNew(Path logDir) throws Exception {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return; // formatted before: keep the cluster id and everything in it
        }
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(NODE_ID)
                .setClusterId(Uuid.randomUuid().toString())
                .setControllerListenerName(CONTROLLER_LISTENER)
                .setMetadataLogDirectory(logDir.toString())
                .addDirectory(logDir.toString())
                .run();
    }

    private static Properties settings(Path logDir, int brokerPort, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", Integer.toString(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        p.put(
                "listeners",
                "PLAINTEXT://127.0.0.1:" + brokerPort + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        // one node: every internal topic has a single replica
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "1");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // topics are created on purpose (the command service creates its topic) and kept forever
        p.put("auto.create.topics.enable", "false");
        // above the publisher's largest event (4 MiB: a publication's snapshot at the command port's body limit);
        // the default 1 MiB would stop the outbox at the first larger event
        p.put("message.max.bytes", Integer.toString(5 * 1024 * 1024));
        p.put("log.retention.ms", "-1");
        p.put("log.retention.bytes", "-1");
        // no replica to recover from: flush each append so an acknowledged event survives a power loss, as in
        // PostgreSQL; the publisher sends batches, so this is one fsync per batch, not per event
        p.put("log.flush.interval.messages", "1");
        // sized for one small machine
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.put("background.threads", "2");
        // a request queue and socket buffers for one local producer and a few consumers (ADR 0035)
        p.put("queued.max.requests", "100");
        p.put("log.cleaner.threads", "1");
        p.put("log.cleaner.dedupe.buffer.size", Integer.toString(8 * 1024 * 1024));
        return p;
    }
}
