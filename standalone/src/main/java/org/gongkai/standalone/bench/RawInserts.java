package org.gongkai.standalone.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.gongkai.standalone.EmbeddedDatabase;

/**
 * The physical limit of one durable write per command: single-row INSERTs committed one by one (autocommit,
 * synchronous_commit on, as the event store runs), by as many threads as the intake has clients, into a scratch
 * table shaped like the event store's row (a unique event id, an aggregate id and sequence, a ~500-byte payload).
 */
final class RawInserts {

    static final String ROW_DESCRIPTION = "bigserial key + unique uuid text + aggregate id and sequence "
            + "+ 500-byte bytea, one committed INSERT per row (autocommit), gongkai_command database";

    record Result(double commitsPerSecond, double p50Ms, double p99Ms, long commits) {

        /** The mean of the measurements before and after a phase (their percentiles: the worse of the two). */
        static Result mean(Result before, Result after) {
            return new Result(
                    Bench.round((before.commitsPerSecond + after.commitsPerSecond) / 2),
                    Math.max(before.p50Ms, after.p50Ms),
                    Math.max(before.p99Ms, after.p99Ms),
                    before.commits + after.commits);
        }
    }

    private RawInserts() {}

    static Result run(EmbeddedDatabase database, int concurrency, Duration warmUp, Duration measured, Bench.Log log)
            throws Exception {
        return run(database, concurrency, 1, warmUp, measured, log);
    }

    /**
     * As {@link #run(EmbeddedDatabase, int, Duration, Duration, Bench.Log)}, with {@code rowsPerCommit} rows in
     * one multi-row {@code INSERT} per commit: the limit of batched writes. {@code commitsPerSecond} counts commits.
     */
    static Result run(
            EmbeddedDatabase database,
            int concurrency,
            int rowsPerCommit,
            Duration warmUp,
            Duration measured,
            Bench.Log log)
            throws Exception {
        try (Connection admin = database.connect("gongkai_command");
                Statement ddl = admin.createStatement()) {
            ddl.execute("drop table if exists bench_raw_insert");
            ddl.execute("""
                    create table bench_raw_insert (id bigserial primary key, event_id varchar(255) not null unique,
                        aggregate_id varchar(255) not null, sequence_no bigint not null, payload bytea not null)
                    """);
        }
        Latencies latencies = new Latencies();
        AtomicReference<Exception> failure = new AtomicReference<>();
        AtomicLong commits = new AtomicLong();
        long measureFrom = System.nanoTime() + warmUp.toNanos();
        long end = measureFrom + measured.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            Thread thread = new Thread(
                    () -> {
                        byte[] payload = new byte[500];
                        String values = String.join(", ", java.util.Collections.nCopies(rowsPerCommit, "(?, ?, ?, ?)"));
                        try (Connection connection = database.connect("gongkai_command");
                                PreparedStatement insert = connection.prepareStatement("insert into bench_raw_insert "
                                        + "(event_id, aggregate_id, sequence_no, payload) values " + values)) {
                            connection.setAutoCommit(true);
                            while (true) {
                                long sent = System.nanoTime();
                                if (sent >= end) {
                                    return;
                                }
                                for (int row = 0; row < rowsPerCommit; row++) {
                                    ThreadLocalRandom.current().nextBytes(payload);
                                    insert.setString(
                                            4 * row + 1, UUID.randomUUID().toString());
                                    insert.setString(
                                            4 * row + 2, UUID.randomUUID().toString());
                                    insert.setLong(4 * row + 3, 0);
                                    insert.setBytes(4 * row + 4, payload);
                                }
                                insert.executeUpdate();
                                long done = System.nanoTime();
                                if (sent >= measureFrom && done <= end) {
                                    latencies.add(done - sent);
                                    commits.incrementAndGet();
                                }
                            }
                        } catch (SQLException e) {
                            failure.compareAndSet(null, e);
                        }
                    },
                    "bench-raw-" + i);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        try (Connection admin = database.connect("gongkai_command");
                Statement ddl = admin.createStatement()) {
            ddl.execute("drop table bench_raw_insert");
        }
        double seconds = measured.toNanos() / 1e9;
        Result result = new Result(
                Bench.round(commits.get() / seconds),
                latencies.percentileMs(50),
                latencies.percentileMs(99),
                commits.get());
        log.say("raw PostgreSQL: " + result.commitsPerSecond() + " commits/s of " + rowsPerCommit + " row(s)");
        return result;
    }
}
