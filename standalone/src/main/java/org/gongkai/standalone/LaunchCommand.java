package org.gongkai.standalone;

import java.nio.file.Path;
import java.util.Optional;

/** What the command line asked for: run the stack, run it as a cluster of processes, run the benchmark, or print the usage. */
sealed interface LaunchCommand {

    /** Starts the whole system and serves it on {@code port} until stopped. */
    record Run(Path dataDir, int port, boolean demo) implements LaunchCommand {}

    /** Runs the benchmark on a fresh stack; {@code out} is where the JSON result also goes. */
    record Bench(Optional<Path> out) implements LaunchCommand {}

    /** Starts each part as its own process: PostgreSQL, Kafka, N command services and M query services. */
    record Cluster(Path dataDir, int commandServices, int queryServices, int basePort) implements LaunchCommand {}

    record Help() implements LaunchCommand {}
}
