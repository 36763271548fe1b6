package org.gongkai.standalone;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.gongkai.command.security.AdminBootstrap;
import org.gongkai.query.frontdoor.InProcessCommandSide;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole system in this JVM: embedded PostgreSQL and Kafka under one data dir, the command service on a
 * loopback port, the query service on the front-door port. Used by the launcher, the benchmark and end-to-end tests.
 *
 * <p>Closing goes top-down (query service, command service, Kafka, PostgreSQL), so no service loses its stores
 * while it is still finishing work. Start and close are serialised (see {@link EmbeddedInfrastructure}): a close
 * during start waits for the part being started, and nothing starts after it.
 */
public final class GongkaiStack implements AutoCloseable {

    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(60);
    /**
     * {@code http}: the front door forwards writes over the loopback port as the two-service deployment does;
     * otherwise it hands them to the command service in this JVM (ADR 0041).
     */
    static final String FRONT_DOOR_TRANSPORT = "gongkai.standalone.front-door";

    private final Path dataDir;
    private final int requestedPort;
    private final Progress progress;
    private final EmbeddedInfrastructure infrastructure;
    private final SignInSettings signIn;
    private final InProcessCommandSide commandSide;
    private volatile ConfigurableApplicationContext commandService;
    private volatile ConfigurableApplicationContext queryService;
    private boolean closed;

    /**
     * @param adminPassword the administrator password both services accept for {@code admin}
     *                      ({@code GONGKAI_ADMIN_PASSWORD}); null: none, and a first start generates one
     */
    GongkaiStack(Path dataDir, int port, Progress progress, String adminPassword) {
        this.signIn = SignInSettings.of(adminPassword);
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.requestedPort = port;
        this.progress = progress;
        this.infrastructure = new EmbeddedInfrastructure(this.dataDir, progress);
        this.commandSide = "http".equals(System.getProperty(FRONT_DOOR_TRANSPORT))
                ? null
                : new CommandSideInThisJvm(this::commandService);
    }

    /**
     * Starts everything on {@code port} ({@code 0}: any free port, see {@link #port()}) with a new random
     * administrator password ({@link #adminPassword()}) and returns once both services report UP and the
     * administrator can sign in at the front door. On failure whatever started is stopped again.
     */
    public static GongkaiStack start(Path dataDir, int port) {
        return start(dataDir, port, line -> {});
    }

    public static GongkaiStack start(Path dataDir, int port, Consumer<String> progressLines) {
        return start(dataDir, port, progressLines, SignInSettings.randomSecret());
    }

    public static GongkaiStack start(Path dataDir, int port, Consumer<String> progressLines, String adminPassword) {
        GongkaiStack stack = new GongkaiStack(dataDir, port, new Progress(progressLines), adminPassword);
        try {
            stack.start();
        } catch (RuntimeException | Error e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    void start() {
        infrastructure.start();
        int commandPort = LocalPorts.freePort();
        synchronized (this) {
            ensureOpen();
            // independent until the first request: the query service only needs to know where to forward writes
            Parallel.both(
                    "query-service",
                    () -> commandService = progress.step(
                            "command service",
                            () -> ServiceContexts.startCommandService(infrastructure, commandPort, signIn)),
                    () -> queryService = progress.step(
                            "query service",
                            () -> ServiceContexts.startQueryService(
                                    infrastructure, requestedPort, commandPort, signIn, commandSide)));
        }
        URI commandService;
        URI queryService;
        synchronized (this) {
            ensureOpen();
            commandService = commandServiceUrl();
            queryService = URI.create("http://127.0.0.1:" + port());
        }
        HealthCheck health = new HealthCheck();
        health.awaitUp("command service", commandService, HEALTH_TIMEOUT);
        health.awaitUp("query service", queryService, HEALTH_TIMEOUT);
        Optional<String> password = adminPassword();
        if (password.isPresent()) {
            // "ready" means the administrator can sign in at the front door, not only that it answers
            if (adminPasswordGenerated()) {
                awaitAdministratorProjected(); // no failed sign-ins while the query side catches up: they count
            }
            health.awaitSignIn(queryService, SignInSettings.ADMIN, password.get(), HEALTH_TIMEOUT);
        }
        synchronized (this) {
            ensureOpen();
        }
    }

    /**
     * The administrator password that works now: the configured one, or the one generated for a data dir whose
     * administrator this start registered. Empty when the administrator was registered on an earlier start
     * with a password that was not configured this time.
     */
    public Optional<String> adminPassword() {
        if (signIn.adminPassword() != null) {
            return Optional.of(signIn.adminPassword());
        }
        ConfigurableApplicationContext command = commandService();
        return command != null && command.getBean(AdminBootstrap.class).registeredNow()
                ? Optional.of(signIn.initialAdminPassword())
                : Optional.empty();
    }

    private void awaitAdministratorProjected() {
        JdbcTemplate queryDatabase = queryService().getBean(JdbcTemplate.class);
        new HealthCheck()
                .awaitTrue(
                        "the administrator's account on the query side",
                        () -> !queryDatabase
                                .queryForList(
                                        "select 1 from app_user where username = ?",
                                        Integer.class,
                                        SignInSettings.ADMIN)
                                .isEmpty(),
                        HEALTH_TIMEOUT);
    }

    /** Whether the administrator's password was generated by this start (and must be shown once). */
    public boolean adminPasswordGenerated() {
        return signIn.adminPassword() == null && adminPassword().isPresent();
    }

    /**
     * Closes the query service alone and starts it again on the same front-door port, as a crash and restart of
     * that process would; the stores and the command service keep running. For the fault tests.
     */
    void restartQueryService() {
        int port;
        int commandPort;
        synchronized (this) {
            ensureOpen();
            port = port();
            commandPort = portOf(commandService);
            ConfigurableApplicationContext old = queryService;
            queryService = null;
            old.close();
        }
        ConfigurableApplicationContext restarted =
                ServiceContexts.startQueryService(infrastructure, port, commandPort, signIn, commandSide);
        synchronized (this) {
            queryService = restarted;
            if (closed) {
                restarted.close();
                throw new StartupException("stopped while starting");
            }
        }
        new HealthCheck().awaitUp("query service", URI.create("http://127.0.0.1:" + port), HEALTH_TIMEOUT);
    }

    /** The front door: the query service, which also forwards writes to the command service. */
    public synchronized int port() {
        return portOf(queryService);
    }

    public URI url() {
        return URI.create("http://localhost:" + port());
    }

    public synchronized URI commandServiceUrl() {
        return URI.create("http://127.0.0.1:" + portOf(commandService));
    }

    public Path dataDir() {
        return dataDir;
    }

    public EmbeddedInfrastructure infrastructure() {
        return infrastructure;
    }

    public synchronized ConfigurableApplicationContext commandService() {
        return commandService;
    }

    public synchronized ConfigurableApplicationContext queryService() {
        return queryService;
    }

    private static int portOf(ConfigurableApplicationContext context) {
        if (context == null) {
            throw new IllegalStateException("not started");
        }
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private void ensureOpen() {
        if (closed) {
            throw new StartupException("stopped while starting");
        }
    }

    /** Stops the query service, the command service, Kafka and PostgreSQL, in that order. Idempotent. */
    @Override
    public void close() {
        RuntimeException failure = null;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            if (queryService != null) {
                failure = EmbeddedInfrastructure.closeQuietly(queryService, failure);
            }
            if (commandService != null) {
                failure = EmbeddedInfrastructure.closeQuietly(commandService, failure);
            }
        }
        failure = EmbeddedInfrastructure.closeQuietly(infrastructure, failure);
        if (failure != null) {
            throw failure;
        }
    }
}
