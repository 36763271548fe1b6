package org.gongkai.standalone;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Gongkai as separate operating-system processes on one machine: a PostgreSQL server, a Kafka broker (KRaft), N
 * command services and M query services, each service in its own JVM with the environment docker/compose.yaml gives
 * it (ADR 0027). The command services share one event store; each query service keeps its own read database and
 * consumer group, so every one of them is a whole front door (UI, reads, writes forwarded to the command services
 * in turn, the next on a refused connection).
 *
 * <p>Parts that die are reported and left dead: restarting is the operator's (or the test's) decision.
 */
public final class Cluster implements AutoCloseable {

    static final String READY = "Gongkai cluster is ready";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);
    static final String TOPIC = "gongkai.events";

    private final Path dataDir;
    private final Consumer<String> out;
    private final String adminPassword;
    private final String internalSecret = SignInSettings.randomSecret() + SignInSettings.randomSecret();
    private final int postgresPort;
    private final int kafkaPort;
    private final int controllerPort;
    private final int[] commandPorts;
    private final int[] queryPorts;
    private final List<ChildProcess> commandServices = new ArrayList<>();
    private final List<ChildProcess> queryServices = new ArrayList<>();
    private volatile EmbeddedDatabase postgres;
    private volatile ChildProcess kafka;
    private volatile boolean closing;
    /** Parts stopped on purpose to be started again (a broker restart): their exit is no news. */
    private final Set<ChildProcess> restarting = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private Cluster(
            Path dataDir,
            int commandServices,
            int queryServices,
            int basePort,
            String adminPassword,
            Consumer<String> out) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.out = out;
        this.adminPassword = adminPassword;
        Ports ports = new Ports(basePort);
        this.queryPorts =
                IntStream.range(0, queryServices).map(i -> ports.next(i)).toArray();
        this.commandPorts =
                IntStream.range(0, commandServices).map(i -> ports.next(10 + i)).toArray();
        this.postgresPort = ports.next(20);
        this.kafkaPort = ports.next(21);
        this.controllerPort = ports.next(22);
    }

    /**
     * Starts every part and returns once each service is UP and the administrator can sign in at every front door;
     * on failure whatever started is stopped again.
     */
    public static Cluster start(
            Path dataDir,
            int commandServices,
            int queryServices,
            int basePort,
            String adminPassword,
            Consumer<String> out) {
        if (commandServices < 1 || queryServices < 1 || commandServices > 10 || queryServices > 10) {
            throw new StartupException("a cluster needs 1 to 10 command services and 1 to 10 query services");
        }
        Cluster cluster = new Cluster(dataDir, commandServices, queryServices, basePort, adminPassword, out);
        try {
            cluster.start();
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    private void start() {
        Progress progress = new Progress(out);
        postgres = progress.step("PostgreSQL", () -> EmbeddedDatabase.start(dataDir.resolve("postgres"), postgresPort));
        createQueryDatabases();
        progress.step("Kafka broker", () -> {
            startKafka();
            return null;
        });
        // the first command service alone: it migrates the event store and registers the first administrator
        progress.step("command service 1", () -> {
            commandServices.add(startCommandService(0));
            awaitUp(commandServices.get(0), commandUrl(0));
            return null;
        });
        for (int i = 1; i < commandPorts.length; i++) {
            commandServices.add(startCommandService(i));
        }
        for (int i = 0; i < queryPorts.length; i++) {
            queryServices.add(startQueryService(i));
        }
        progress.step("the other services", () -> {
            for (int i = 1; i < commandPorts.length; i++) {
                awaitUp(commandServices.get(i), commandUrl(i));
            }
            for (int i = 0; i < queryPorts.length; i++) {
                awaitUp(queryServices.get(i), queryUrl(i));
                new HealthCheck().awaitSignIn(queryUrl(i), SignInSettings.ADMIN, adminPassword, START_TIMEOUT);
            }
            return null;
        });
        writeClusterJson();
    }

    private void createQueryDatabases() {
        try (Connection connection = postgres.connect("postgres");
                Statement statement = connection.createStatement()) {
            for (int i = 1; i < queryPorts.length; i++) {
                String name = queryDatabase(i);
                try (var rows = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                    if (rows.next()) {
                        continue;
                    }
                }
                statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8'");
            }
        } catch (SQLException e) {
            throw new StartupException("the query services' databases could not be created: " + e.getMessage(), e);
        }
    }

    /** Query service 1 reads {@code gongkai_query} (as in the single-process layout), query service k {@code gongkai_query_k}. */
    static String queryDatabase(int index) {
        return index == 0 ? "gongkai_query" : "gongkai_query_" + (index + 1);
    }

    void startKafka() {
        ChildProcess broker = ChildProcess.start(
                "kafka",
                KafkaProcess.class,
                List.of(
                        dataDir.resolve("kafka").toString(),
                        Integer.toString(kafkaPort),
                        Integer.toString(controllerPort)),
                Map.of(),
                "768m",
                dataDir.resolve("logs"));
        watch(broker);
        kafka = broker;
        new HealthCheck()
                .awaitTrue(
                        "the Kafka broker",
                        () -> {
                            if (!broker.isAlive()) {
                                throw new StartupException(
                                        "the Kafka broker stopped while starting; see " + broker.log());
                            }
                            return broker.printed(KafkaProcess.READY);
                        },
                        START_TIMEOUT);
    }

    private ChildProcess startCommandService(int index) {
        Map<String, String> environment = common();
        environment.put("SPRING_DATASOURCE_URL", postgres.commandJdbcUrl());
        environment.put("SERVER_PORT", Integer.toString(commandPorts[index]));
        environment.put("SERVER_ADDRESS", "127.0.0.1");
        ChildProcess service = ChildProcess.start(
                "command-service-" + (index + 1),
                ServiceProcess.class,
                List.of("command"),
                environment,
                "768m",
                dataDir.resolve("logs"));
        watch(service);
        return service;
    }

    private ChildProcess startQueryService(int index) {
        Map<String, String> environment = common();
        environment.put("SPRING_DATASOURCE_URL", postgres.jdbcUrl(queryDatabase(index)));
        environment.put("SERVER_PORT", Integer.toString(queryPorts[index]));
        environment.put(
                "GONGKAI_COMMAND_SERVICE_URL",
                IntStream.range(0, commandPorts.length)
                        .mapToObj(i -> commandUrl(i).toString())
                        .collect(Collectors.joining(",")));
        // its own read database, so its own consumer group: every query service reads every partition
        environment.put("GONGKAI_QUERY_CONSUMER_GROUP_ID", "gongkai-query-" + (index + 1));
        ChildProcess service = ChildProcess.start(
                "query-service-" + (index + 1),
                ServiceProcess.class,
                List.of("query"),
                environment,
                "768m",
                dataDir.resolve("logs"));
        watch(service);
        return service;
    }

    /** The variables of docker/compose.yaml, with this cluster's values. */
    private Map<String, String> common() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SPRING_DATASOURCE_USERNAME", EmbeddedDatabase.USER);
        environment.put("SPRING_DATASOURCE_PASSWORD", postgres.password());
        environment.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + kafkaPort);
        environment.put("GONGKAI_KAFKA_TOPIC", TOPIC);
        environment.put("GONGKAI_SECURITY_ADMIN_PASSWORD", adminPassword);
        environment.put("GONGKAI_SECURITY_INTERNAL_SECRET", internalSecret);
        return environment;
    }

    private void watch(ChildProcess part) {
        part.process().onExit().thenAccept(process -> {
            if (!closing && !restarting.remove(part)) {
                out.accept("gongkai cluster: " + part.name() + " (pid " + process.pid() + ") exited with code "
                        + process.exitValue() + "; it is not restarted (log: " + part.log() + ")");
            }
        });
    }

    private void awaitUp(ChildProcess part, URI url) {
        new HealthCheck()
                .awaitTrue(
                        part.name() + " to start",
                        () -> {
                            if (!part.isAlive()) {
                                throw new StartupException(part.name() + " stopped while starting; see " + part.log());
                            }
                            return HealthCheck.isUp(url);
                        },
                        START_TIMEOUT);
    }

    private void writeClusterJson() {
        Map<String, Object> layout = new LinkedHashMap<>();
        layout.put("postgres", Map.of("pid", postgres.pid(), "port", postgresPort));
        layout.put("kafka", Map.of("pid", kafka.pid(), "port", kafkaPort));
        layout.put("commandServices", parts(commandServices, this::commandUrl));
        layout.put("queryServices", parts(queryServices, this::queryUrl));
        try {
            new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(dataDir.resolve("cluster.json").toFile(), layout);
        } catch (IOException e) {
            throw new StartupException("cluster.json could not be written: " + e.getMessage(), e);
        }
    }

    private static List<Map<String, Object>> parts(
            List<ChildProcess> services, java.util.function.IntFunction<URI> url) {
        List<Map<String, Object>> parts = new ArrayList<>();
        for (int i = 0; i < services.size(); i++) {
            parts.add(Map.of("pid", services.get(i).pid(), "url", url.apply(i).toString()));
        }
        return parts;
    }

    URI commandUrl(int index) {
        return URI.create("http://127.0.0.1:" + commandPorts[index]);
    }

    public URI queryUrl(int index) {
        return URI.create("http://localhost:" + queryPorts[index]);
    }

    public int queryServices() {
        return queryPorts.length;
    }

    public Path dataDir() {
        return dataDir;
    }

    List<ChildProcess> commandServiceProcesses() {
        return commandServices;
    }

    List<ChildProcess> queryServiceProcesses() {
        return queryServices;
    }

    ChildProcess kafka() {
        return kafka;
    }

    /** The PostgreSQL server, for a test that looks at what was stored. */
    EmbeddedDatabase database() {
        return postgres;
    }

    String kafkaBootstrap() {
        return "127.0.0.1:" + kafkaPort;
    }

    /** Stops PostgreSQL and starts it again on the same port and data, as a database restart would. */
    void restartPostgres() {
        postgres.close();
        postgres = EmbeddedDatabase.start(dataDir.resolve("postgres"), postgresPort);
    }

    /** Kills the broker (SIGKILL) and starts it again on the same port and log directory. */
    void restartKafka() {
        restarting.add(kafka);
        kafka.kill();
        startKafka();
    }

    /** Stops everything: query services, command services, the broker, PostgreSQL (SIGTERM, then wait). */
    @Override
    public void close() {
        closing = true;
        List<ChildProcess> services = new ArrayList<>(queryServices);
        services.addAll(commandServices);
        services.parallelStream().forEach(ChildProcess::stop);
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    /** Fixed ports from a base port, or free ports chosen by the operating system for a base port of 0. */
    private static final class Ports {
        private final int base;
        private final Set<Integer> taken = new HashSet<>();

        Ports(int base) {
            this.base = base;
        }

        int next(int offset) {
            if (base > 0) {
                return base + offset;
            }
            int port;
            do {
                port = LocalPorts.freePort();
            } while (!taken.add(port));
            return port;
        }
    }
}
