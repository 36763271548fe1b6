package org.gongkai.standalone;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The main of a cluster's Kafka broker process (KRaft, broker and controller in one node):
 * {@code KafkaProcess DIR BROKER_PORT CONTROLLER_PORT}. Prints {@link #READY} once the broker serves, and shuts the
 * broker down cleanly on SIGTERM; a SIGKILL leaves the log as a crash would, which Kafka recovers on the next start.
 */
public final class KafkaProcess {

    static final String READY = "Kafka broker ready";

    private KafkaProcess() {}

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 3) {
            System.err.println("usage: KafkaProcess DIR BROKER_PORT CONTROLLER_PORT");
            System.exit(GongkaiStandalone.EXIT_USAGE);
            return;
        }
        EmbeddedKafka kafka =
                EmbeddedKafka.start(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            kafka.close();
                            stopped.countDown();
                        },
                        "kafka-shutdown"));
        System.out.println(READY + " at " + kafka.bootstrapServers());
        stopped.await();
    }
}
