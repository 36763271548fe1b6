package org.gongkai.standalone;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.LoggerFactory;

/**
 * The embedded stores under one data dir: PostgreSQL in {@code postgres/}, Kafka in {@code kafka/}, their ports in
 * {@code ports.properties}. One running instance per data dir, guarded by a file lock.
 *
 * <p>Starting and closing are serialised: a Ctrl-C during start waits for the parts being started, closes what is
 * up, and any later part refuses to start, so nothing is left running behind the exiting JVM.
 */
public final class EmbeddedInfrastructure implements AutoCloseable {

    private final Path dataDir;
    private final Progress progress;
    private FileChannel lockChannel;
    private FileLock lock;
    private volatile EmbeddedDatabase database;
    private volatile EmbeddedKafka kafka;
    private boolean closed;

    EmbeddedInfrastructure(Path dataDir, Progress progress) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.progress = progress;
    }

    /** Starts PostgreSQL and Kafka in {@code dataDir} silently; for tests and tools. */
    public static EmbeddedInfrastructure start(Path dataDir) {
        EmbeddedInfrastructure infrastructure = new EmbeddedInfrastructure(dataDir, Progress.silent());
        try {
            infrastructure.start();
        } catch (RuntimeException | Error e) {
            infrastructure.close();
            throw e;
        }
        return infrastructure;
    }

    void start() {
        synchronized (this) {
            ensureOpen();
            lockDataDir();
            LocalPorts ports = LocalPorts.in(dataDir);
            int postgresPort = ports.portFor("postgres");
            brokerPort = ports.portFor("kafka.broker");
            controllerPort = ports.portFor("kafka.controller");
            // logging initialised here, not by two start threads at once (SLF4J would warn about replayed calls)
            LoggerFactory.getILoggerFactory();
            // PostgreSQL mostly waits on its own processes, Kafka works in this JVM: side by side they overlap
            Parallel.both(
                    "postgres",
                    () -> kafka = progress.step(
                            "Kafka", () -> EmbeddedKafka.start(dataDir.resolve("kafka"), brokerPort, controllerPort)),
                    () -> database = progress.step(
                            "PostgreSQL", () -> EmbeddedDatabase.start(dataDir.resolve("postgres"), postgresPort)));
        }
    }

    private int brokerPort;
    private int controllerPort;

    public Path dataDir() {
        return dataDir;
    }

    /**
     * Stops the broker alone while the services keep running, as a Kafka outage would; {@link #startKafka()}
     * brings it back on the same ports and log directory. Used by the fault tests and the benchmark.
     */
    synchronized void stopKafka() {
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
    }

    /** Back on the ports it had: the running clients only know that address. */
    synchronized void startKafka() {
        ensureOpen();
        if (kafka == null) {
            kafka = EmbeddedKafka.start(dataDir.resolve("kafka"), brokerPort, controllerPort);
        }
    }

    public synchronized EmbeddedDatabase database() {
        return database;
    }

    public synchronized EmbeddedKafka kafka() {
        return kafka;
    }

    private void lockDataDir() {
        try {
            Files.createDirectories(dataDir);
            lockChannel = FileChannel.open(
                    dataDir.resolve("gongkai.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            throw new StartupException("The data dir " + dataDir + " cannot be used: " + e.getMessage(), e);
        }
        if (lock == null) {
            throw new StartupException("Another Gongkai is already running with the data dir " + dataDir
                    + "; stop it first or choose another --data-dir");
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new StartupException("stopped while starting");
        }
    }

    /** Stops Kafka, then PostgreSQL, then releases the data dir. Safe to call more than once. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        RuntimeException failure = null;
        if (kafka != null) {
            failure = closeQuietly(kafka, failure);
        }
        if (database != null) {
            failure = closeQuietly(database, failure);
        }
        if (lockChannel != null) {
            try {
                lockChannel.close(); // releases the lock
            } catch (IOException ignored) {
                // the lock dies with the process anyway
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    static RuntimeException closeQuietly(AutoCloseable part, RuntimeException earlier) {
        try {
            part.close();
            return earlier;
        } catch (Exception e) {
            RuntimeException failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
            if (earlier != null) {
                earlier.addSuppressed(failure);
                return earlier;
            }
            return failure;
        }
    }
}
