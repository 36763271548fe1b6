package org.gongkai.standalone;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Parses {@code [bench] [--data-dir DIR] [--port N] [--demo] [--out FILE] [--help]} and
 * {@code cluster [--command-services N] [--query-services M] [--data-dir DIR] [--base-port P]}.
 */
final class CommandLine {

    static final Path DEFAULT_DATA_DIR = Path.of("gongkai-data");
    static final int DEFAULT_PORT = 8080;
    static final Path DEFAULT_CLUSTER_DIR = Path.of("gongkai-cluster");

    static final String USAGE = """
            Usage: java -jar gongkai-standalone.jar [--data-dir DIR] [--port PORT] [--demo]
                   java -jar gongkai-standalone.jar bench [--out FILE]
                   java -jar gongkai-standalone.jar cluster [--command-services N] [--query-services M]
                                                            [--data-dir DIR] [--base-port P]

            Starts Gongkai on this machine: an embedded PostgreSQL and Kafka broker (data kept under DIR),
            the command service and the query service. PORT serves the whole API.

              --data-dir DIR   where the data lives, kept across restarts (default: ./gongkai-data)
              --port PORT      the port to serve on (default: 8080)
              --demo           seed demo data into a fresh data dir
              --help           print this help
              bench            run the benchmark on a fresh embedded stack (--out FILE also writes the JSON)
              cluster          each part as its own process: PostgreSQL, Kafka, N command services (default 2)
                               and M query services (default 2); query service k serves the whole API on
                               P+k-1 (default P: 8080), command services on P+10…, PostgreSQL on P+20, Kafka
                               on P+21; writes DIR/cluster.json (default DIR: ./gongkai-cluster)
            """;

    private CommandLine() {}

    static LaunchCommand parse(String... args) {
        Deque<String> rest = new ArrayDeque<>(List.of(args));
        if (!rest.isEmpty() && rest.peekFirst().equals("bench")) {
            rest.removeFirst();
            return parseBench(rest);
        }
        if (!rest.isEmpty() && rest.peekFirst().equals("cluster")) {
            rest.removeFirst();
            return parseCluster(rest);
        }
        Path dataDir = DEFAULT_DATA_DIR;
        int port = DEFAULT_PORT;
        boolean demo = false;
        while (!rest.isEmpty()) {
            Token token = Token.of(rest.removeFirst());
            switch (token.option()) {
                case "--help", "-h" -> {
                    return new LaunchCommand.Help();
                }
                case "--data-dir" -> dataDir = path(token.option(), token.value(rest));
                case "--port" -> port = port(token.value(rest));
                case "--demo" -> {
                    token.noValue();
                    demo = true;
                }
                default -> throw unknown(token.option());
            }
        }
        return new LaunchCommand.Run(dataDir, port, demo);
    }

    private static LaunchCommand parseCluster(Deque<String> rest) {
        Path dataDir = DEFAULT_CLUSTER_DIR;
        int commandServices = 2;
        int queryServices = 2;
        int basePort = DEFAULT_PORT;
        while (!rest.isEmpty()) {
            Token token = Token.of(rest.removeFirst());
            switch (token.option()) {
                case "--help", "-h" -> {
                    return new LaunchCommand.Help();
                }
                case "--data-dir" -> dataDir = path(token.option(), token.value(rest));
                case "--command-services" -> commandServices = count(token.option(), token.value(rest));
                case "--query-services" -> queryServices = count(token.option(), token.value(rest));
                case "--base-port" -> {
                    basePort = port(token.value(rest));
                    if (basePort > 65535 - 22) {
                        throw new UsageException(
                                "--base-port leaves no room for the 23 ports of a cluster: " + basePort);
                    }
                }
                default -> throw unknown(token.option());
            }
        }
        return new LaunchCommand.Cluster(dataDir, commandServices, queryServices, basePort);
    }

    private static int count(String option, String value) {
        try {
            int count = Integer.parseInt(value);
            if (count >= 1 && count <= 10) {
                return count;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new UsageException(option + " must be a number from 1 to 10, not '" + value + "'");
    }

    private static LaunchCommand parseBench(Deque<String> rest) {
        Optional<Path> out = Optional.empty();
        while (!rest.isEmpty()) {
            Token token = Token.of(rest.removeFirst());
            switch (token.option()) {
                case "--help", "-h" -> {
                    return new LaunchCommand.Help();
                }
                case "--out" -> out = Optional.of(path(token.option(), token.value(rest)));
                default -> throw unknown(token.option());
            }
        }
        return new LaunchCommand.Bench(out);
    }

    /** One argument: {@code --name}, or {@code --name=value} with its value inline. */
    private record Token(String option, String inlineValue) {

        static Token of(String argument) {
            int equals = argument.indexOf('=');
            if (argument.startsWith("--") && equals > 0) {
                return new Token(argument.substring(0, equals), argument.substring(equals + 1));
            }
            return new Token(argument, null);
        }

        String value(Deque<String> rest) {
            if (inlineValue != null) {
                return inlineValue;
            }
            if (rest.isEmpty() || rest.peekFirst().startsWith("--")) {
                throw new UsageException(option + " needs a value");
            }
            return rest.removeFirst();
        }

        void noValue() {
            if (inlineValue != null) {
                throw new UsageException(option + " takes no value");
            }
        }
    }

    private static UsageException unknown(String option) {
        return new UsageException("unknown option: " + option);
    }

    private static Path path(String option, String value) {
        if (value.isBlank()) {
            throw new UsageException(option + " needs a non-empty path");
        }
        try {
            return Path.of(value);
        } catch (java.nio.file.InvalidPathException e) {
            throw new UsageException(option + " is not a valid path: " + value);
        }
    }

    private static int port(String value) {
        int port;
        try {
            port = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--port must be a number from 1 to 65535, not '" + value + "'");
        }
        if (port < 1 || port > 65535) {
            throw new UsageException("--port must be a number from 1 to 65535, not " + port);
        }
        return port;
    }
}
