package org.gongkai.standalone.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gongkai.standalone.EmbeddedDatabase;
import org.gongkai.standalone.GongkaiStack;

/**
 * {@code gongkai-standalone.jar bench}: the figures of docs/benchmark.md on a fresh embedded stack in a temporary data dir
 * (deleted afterwards). Phases, in order: 1,000 agencies registered; intake by 16 clients and the raw PostgreSQL
 * commit rate; freshness at a steady rate; replay of a million events with the raw read rate; report latencies.
 * Progress goes to stderr, the one JSON object to stdout (and to {@code --out}).
 *
 * <p>Durations can be shortened for a quick look with system properties ({@code gongkai.bench.intake-seconds},
 * {@code gongkai.bench.freshness-seconds}, {@code gongkai.bench.replay-events}); the defaults are the figures'.
 */
public final class Bench {

    static final int CONCURRENCY = 16;
    static final int AGENCIES = 1000;
    static final int FRESHNESS_RATE = 200;
    static final int BATCH_CONCURRENCY = 4;
    static final int COLD_WARM_UP = 20;
    static final int COLD_READS = 200;
    static final long WARM_UP_SECONDS = 60;
    static final Duration BATCH_WARM_UP = Duration.ofSeconds(15);

    /** Progress lines on stderr, with the time since the start. */
    interface Log {
        void say(String line);
    }

    private Bench() {}

    public static String run(Path out, PrintStream progress) throws Exception {
        long began = System.nanoTime();
        Log log = line -> progress.printf(Locale.ROOT, "[bench %5.1f s] %s%n", (System.nanoTime() - began) / 1e9, line);
        Duration intakeTime = Duration.ofSeconds(Long.getLong("gongkai.bench.intake-seconds", 30));
        Duration freshnessTime = Duration.ofSeconds(Long.getLong("gongkai.bench.freshness-seconds", 20));
        long replayEvents = Long.getLong("gongkai.bench.replay-events", 1_000_000);
        Duration rawTime = Duration.ofSeconds(Long.getLong("gongkai.bench.raw-seconds", 10));
        Duration batchTime = Duration.ofSeconds(Long.getLong("gongkai.bench.batch-seconds", 20));
        // the stack's JIT compilers still take a fifth of its CPU after a minute of intake on two cores (docs)
        Duration warmUp = Duration.ofSeconds(Long.getLong("gongkai.bench.warm-up-seconds", WARM_UP_SECONDS));
        int coldReads = Integer.getInteger("gongkai.bench.cold-reads", COLD_READS);
        int year =
                LocalDate.now(org.gongkai.events.calendar.BusinessClock.china()).getYear() - 1;

        // one administrator sends hundreds of writes a second: lift the per-user rate limit (50/s) for this stack
        // only, unless the caller chose a limit
        if (System.getProperty("gongkai.security.requests-per-second") == null) {
            System.setProperty("gongkai.security.requests-per-second", "0");
        }
        Path dataDir = Files.createTempDirectory("gongkai-bench-");
        Map<String, Object> result = new LinkedHashMap<>();
        Map<String, Object> durations = new LinkedHashMap<>();
        log.say("data dir " + dataDir);
        try (GongkaiStack stack = GongkaiStack.start(dataDir, 0, log::say);
                Memory memory = new Memory(dataDir.resolve("postgres"))) {
            durations.put("startSeconds", seconds(began));
            Http http = new Http(stack.url(), stack.adminPassword().orElseThrow());

            long phase = System.nanoTime();
            List<String> agencies = AgencyTreeSetup.register(http, AGENCIES, log);
            durations.put("agenciesSeconds", seconds(phase));

            CpuCost cpu = new CpuCost(dataDir.resolve("postgres"));
            EmbeddedDatabase database = stack.infrastructure().database();
            phase = System.nanoTime();
            RawInserts.Result rawBefore = RawInserts.run(database, CONCURRENCY, Duration.ofSeconds(2), rawTime, log);
            log.say("intake: " + CONCURRENCY + " clients, " + warmUp.toSeconds() + " s warm-up, "
                    + intakeTime.toSeconds() + " s measured");
            Intake.Result intake = Intake.run(http, agencies, year, CONCURRENCY, warmUp, intakeTime, cpu, log);
            log.say("intake: " + intake.commandsPerSecond() + " commands/s, p50 " + intake.p50Ms() + " ms, p99 "
                    + intake.p99Ms() + " ms, " + intake.cost().cpuMsPerWrite() + " ms CPU per write (JIT "
                    + intake.cost().compilerMsPerWrite() + " ms)");
            RawInserts.Result rawAfter = RawInserts.run(database, CONCURRENCY, Duration.ofSeconds(2), rawTime, log);
            result.put("intake", Intake.json(intake, rawBefore, rawAfter));
            durations.put("intakeSeconds", seconds(phase));

            phase = System.nanoTime();
            RawInserts.Result batchRawBefore =
                    RawInserts.run(database, BATCH_CONCURRENCY, 100, Duration.ofSeconds(2), rawTime, log);
            log.say("batch: " + BATCH_CONCURRENCY + " clients, " + Batch.COMMANDS + " commands per batch");
            Batch.Result batch = Batch.run(http, agencies, year, BATCH_CONCURRENCY, BATCH_WARM_UP, batchTime, cpu, log);
            RawInserts.Result batchRawAfter =
                    RawInserts.run(database, BATCH_CONCURRENCY, 100, Duration.ofSeconds(2), rawTime, log);
            result.put("batch", Batch.json(batch, batchRawBefore, batchRawAfter, BATCH_CONCURRENCY));
            durations.put("batchSeconds", seconds(phase));

            phase = System.nanoTime();
            log.say("freshness: " + FRESHNESS_RATE + " commands/s for " + freshnessTime.toSeconds() + " s");
            Freshness.Result freshness = Freshness.run(http, agencies, year, FRESHNESS_RATE, freshnessTime, log);
            log.say("freshness: p50 " + freshness.p50Ms() + " ms, p99 " + freshness.p99Ms() + " ms");
            Map<String, Object> fresh = new LinkedHashMap<>();
            fresh.put("atCommandsPerSecond", freshness.atCommandsPerSecond());
            fresh.put("p50Ms", freshness.p50Ms());
            fresh.put("p99Ms", freshness.p99Ms());
            fresh.put("writes", freshness.writes());
            fresh.put("seen", freshness.seen());
            fresh.put("failures", freshness.failures());
            fresh.put("visibleWhen", "the /api/stream event naming the agency, sent after the projection commit");
            result.put("freshness", fresh);
            durations.put("freshnessSeconds", seconds(phase));

            phase = System.nanoTime();
            log.say("replay: filling the topic to " + replayEvents + " events");
            Replay.Result replay = Replay.run(stack, http, agencies, year, replayEvents, log);
            Map<String, Object> rep = new LinkedHashMap<>();
            rep.put("events", replay.events());
            rep.put("eventsPerSecond", replay.eventsPerSecond());
            rep.put("rawReadRowsPerSecond", replay.rawReadRowsPerSecond());
            rep.put("rawReadBeforeRowsPerSecond", replay.rawBefore());
            rep.put("rawReadAfterRowsPerSecond", replay.rawAfter());
            rep.put("ratioToRaw", ratio(replay.eventsPerSecond() / replay.rawReadRowsPerSecond()));
            rep.put("rebuildSeconds", replay.rebuildSeconds());
            rep.put("producedDirectly", replay.produced());
            rep.put("produceSeconds", replay.produceSeconds());
            rep.put("producedHow", Replay.PRODUCED_BY);
            rep.put("reportReadsDuringRebuild", replay.readsDuring().reads());
            rep.put("reportReadsDuringRebuildOk", replay.readsDuring().ok());
            rep.put("reportReadsDuringRebuildStatuses", replay.readsDuring().statuses());
            rep.put("reportReadsDuringRebuildP99Ms", replay.readsDuring().p99Ms());
            rep.put(
                    "rawRead",
                    "rows of a scratch table in gongkai_query of the same count (ids, type, "
                            + "300-byte payload) through a JDBC cursor with fetch size 10,000, read right before "
                            + "and right after the rebuild; the raw figure is their mean");
            result.put("replay", rep);
            durations.put("replaySeconds", seconds(phase));

            phase = System.nanoTime();
            String one = agencies.get(agencies.size() - 1);
            Reports.Result annual = Reports.measure(http, "/api/agencies/" + one + "/reports/" + year, 50, 500);
            Reports.Result subtree = Reports.measure(
                    http, "/api/agencies/" + agencies.get(0) + "/reports/" + year + "?scope=subtree", 10, 200);
            Reports.Cold coldSeries = Reports.cold(http, one, year, COLD_WARM_UP, coldReads);
            Reports.Result cold = coldSeries.measured();
            log.say("reports: annual p99 " + annual.p99Ms() + " ms (cold " + cold.p99Ms() + " ms), subtree p99 "
                    + subtree.p99Ms() + " ms");
            Map<String, Object> reports = new LinkedHashMap<>();
            reports.put("annualP99Ms", annual.p99Ms());
            reports.put("subtreeAgencies", agencies.size());
            reports.put("subtreeP99Ms", subtree.p99Ms());
            reports.put("annualP50Ms", annual.p50Ms());
            reports.put("subtreeP50Ms", subtree.p50Ms());
            reports.put("annualRequests", annual.requests());
            reports.put("subtreeRequests", subtree.requests());
            reports.put("annualColdP99Ms", cold.p99Ms());
            reports.put("annualColdP50Ms", cold.p50Ms());
            reports.put("annualColdRequests", cold.requests());
            reports.put("annualColdWarmUp", COLD_WARM_UP);
            reports.put("annualColdFirstMs", coldSeries.firstMs());
            reports.put(
                    "cold",
                    "the first read of the report after an application of its agency was logged and shown by the "
                            + "read side (waited for with ?after= on GET /api/applications/{id}, not on the report); as for the warm figure, "
                            + COLD_WARM_UP + " such reads come first and are not counted; annualColdFirstMs is the "
                            + "very first");
            result.put("report", reports);
            durations.put("reportSeconds", seconds(phase));

            result.put("memory", memory.json());
        } finally {
            deleteRecursively(dataDir);
        }
        durations.put("totalSeconds", seconds(began));
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memoryMb", totalMemoryMb());
        machine.put(
                "os",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        result.put("machine", machine);
        result.put("durations", durations);
        result.put("finishedAt", Instant.now().toString());
        String json =
                Http.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result);
        if (out != null) {
            Files.writeString(out, json + System.lineSeparator());
        }
        return json;
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** A ratio to a raw limit, to four decimals: at two, a batch ratio of 0.0052 would read as 0. */
    static double ratio(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    private static double seconds(long since) {
        return round((System.nanoTime() - since) / 1e9);
    }

    private static long totalMemoryMb() {
        return Memory.status(Path.of("/proc/meminfo")).getOrDefault("MemTotal", 0L) / 1024;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Runs {@code action} periodically on a daemon thread until closed. */
    static final class Ticker implements AutoCloseable {

        private final ScheduledExecutorService executor;

        private Ticker(ScheduledExecutorService executor) {
            this.executor = executor;
        }

        static Ticker every(Duration period, Runnable action) {
            ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "bench-progress");
                thread.setDaemon(true);
                return thread;
            });
            executor.scheduleAtFixedRate(action, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
            return new Ticker(executor);
        }

        @Override
        public void close() {
            executor.shutdownNow();
        }
    }
}
