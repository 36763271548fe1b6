package org.gongkai.standalone;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server (zonky binaries) whose cluster lives in a directory kept across restarts.
 *
 * <p>zonky's defaults favour test speed ({@code synchronous_commit=off}); here a {@code 2xx} promises the fact
 * survived, so commits wait for the WAL flush.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String USER = "postgres";
    static final List<String> DATABASES = List.of("gongkai_command", "gongkai_query");

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;
    private final Optional<ProcessHandle> postmaster;
    private final String password;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Optional<ProcessHandle> postmaster, String password) {
        this.postgres = postgres;
        this.postmaster = postmaster;
        this.password = password;
    }

    /** Starts PostgreSQL on {@code port} with its cluster in {@code directory} (created by initdb when empty). */
    static EmbeddedDatabase start(Path directory, int port) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StartupException(
                    "The PostgreSQL directory " + directory + " cannot be created (" + rootMessage(e) + ")", e);
        }
        if (isRoot() && !userNamespacesWork()) {
            throw new StartupException(ROOT_WITHOUT_USER_NAMESPACES);
        }
        stopOrphanedServer(directory);
        String password = DatabasePassword.in(directory.resolveSibling(DatabasePassword.FILE));
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // one shutdown hook (the launcher's) decides the order; zonky's own would race it
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setLocaleConfig("locale", "C")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "100")
                    // sized for one small machine next to the JVM (ADR 0035): shared buffers below the default
                    // (the read models of a county fit; the OS page cache holds the rest), an explicit cap on what
                    // one index build or vacuum may take, and backends' sort memory as before
                    .setServerConfig("shared_buffers", "96MB")
                    .setServerConfig("maintenance_work_mem", "32MB")
                    .setServerConfig("work_mem", "4MB")
                    .setServerConfig("wal_buffers", "4MB")
                    // zonky's own connections (readiness, the databases) sign in like everyone else
                    .setConnectConfig("password", password)
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new StartupException(
                    "PostgreSQL could not start in " + directory + " (" + rootMessage(e)
                            + "); its own messages are in the log above",
                    e);
        }
        EmbeddedDatabase database =
                new EmbeddedDatabase(postgres, postmasterOf(directory.resolve("postmaster.pid")), password);
        try {
            database.requirePassword(directory);
            database.createDatabases();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /** The postmaster's process id, or -1 where it could not be read from the pid file. */
    public long pid() {
        return postmaster.map(ProcessHandle::pid).orElse(-1L);
    }

    public int port() {
        return postgres.getPort();
    }

    /** Batched inserts are sent as multi-row INSERTs (the event store's appends, the projections' upserts). */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database + "?reWriteBatchedInserts=true";
    }

    public String commandJdbcUrl() {
        return jdbcUrl("gongkai_command");
    }

    public String queryJdbcUrl() {
        return jdbcUrl("gongkai_query");
    }

    /** The superuser's password, kept in {@code postgres.password} next to the cluster (owner-only). */
    public String password() {
        return password;
    }

    /** A connection as the superuser, for tests and the benchmark. */
    public Connection connect(String database) throws SQLException {
        return postgres.getDatabase(USER, database).getConnection();
    }

    /**
     * initdb lets every local user in without a password ({@code trust}); a cluster from before this rule still
     * does. Sets the superuser's password and makes every connection prove it (SCRAM), then reloads: from here on
     * only who can read the password file gets in.
     */
    private void requirePassword(Path directory) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SET password_encryption = 'scram-sha-256'");
            statement.execute("ALTER ROLE " + USER + " PASSWORD '" + password.replace("'", "''") + "'");
            if (DatabasePassword.requireScram(directory.resolve("pg_hba.conf"))) {
                statement.execute("SELECT pg_reload_conf()");
            }
        } catch (SQLException | IOException e) {
            throw new StartupException("PostgreSQL started but its password could not be set: " + e.getMessage(), e);
        }
    }

    private void createDatabases() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            for (String name : DATABASES) {
                if (!exists(connection, name)) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8'");
                    }
                }
            }
        } catch (SQLException e) {
            throw new StartupException(
                    "PostgreSQL started but the Gongkai databases could not be created: " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /**
     * Stops the server (fast shutdown: sessions end, the last checkpoint is written) and waits until its process is
     * gone: pg_ctl returns once the pid file is removed, a moment before the postmaster exits.
     */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
        postmaster.ifPresent(process -> {
            try {
                process.onExit().get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                log.warn("PostgreSQL (pid {}) is still running after its shutdown", process.pid());
            }
        });
    }

    /**
     * A server left running by a previous launcher that was killed (postmaster is detached from the JVM) would make
     * this start fail; the caller holds the data dir lock, so a live postmaster of this cluster is such an orphan.
     */
    private static void stopOrphanedServer(Path directory) {
        Path pidFile = directory.resolve("postmaster.pid");
        Optional<ProcessHandle> orphan = postmasterOf(pidFile);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle process = orphan.get();
        log.warn("Stopping PostgreSQL (pid {}) left running by an earlier run on {}", process.pid(), directory);
        process.destroy(); // SIGTERM: smart shutdown, the old clients are gone with their JVM
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupException("interrupted while stopping an earlier PostgreSQL", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new StartupException(
                    "PostgreSQL (pid " + process.pid() + ") left running by an earlier run on " + directory
                            + " did not stop; stop it and start again",
                    e);
        }
    }

    private static Optional<ProcessHandle> postmasterOf(Path pidFile) {
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            String firstLine = Files.readAllLines(pidFile, StandardCharsets.US_ASCII).stream()
                    .findFirst()
                    .orElse("")
                    .trim();
            long pid = Long.parseLong(firstLine);
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p ->
                            p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty(); // unreadable or half-written: PostgreSQL itself judges a stale file
        }
    }

    private static final String ROOT_WITHOUT_USER_NAMESPACES = """
            PostgreSQL cannot start: you are running as root and user namespaces are not available. PostgreSQL \
            refuses to run as root, so Gongkai runs it in a user namespace (unshare -U), which needs unprivileged \
            user namespaces and a 'nobody' user. Enable them (e.g. sysctl -w user.max_user_namespaces=15000, or \
            kernel.unprivileged_userns_clone=1 on older Debian kernels) or start Gongkai as an ordinary user.""";

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** What zonky relies on as root: {@code unshare -U} must run a command. */
    private static boolean userNamespacesWork() {
        try {
            Process probe = new ProcessBuilder("unshare", "-U", "true")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The innermost cause, named: "FileAlreadyExistsException: /data/postgres" says more than the path alone. */
    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String name = root.getClass().getSimpleName();
        return root.getMessage() == null ? name : name + ": " + root.getMessage();
    }
}
