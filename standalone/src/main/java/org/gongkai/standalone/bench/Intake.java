package org.gongkai.standalone.bench;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Applications logged through the front door by concurrent clients, each sending its next request as soon as the
 * previous one is answered (closed loop), for a fixed time after a warm-up.
 */
final class Intake {

    record Result(
            double commandsPerSecond,
            double p50Ms,
            double p99Ms,
            int concurrency,
            long commands,
            long failures,
            double seconds,
            long writesCosted,
            double warmUpSeconds,
            CpuCost.Cost cost) {}

    static final String CPU_METHOD =
            "(JVM process CPU (OperatingSystemMXBean; compilerCpuMsPerWrite is the part of its JIT compiler "
                    + "threads) minus the benchmark's own threads (clients, their HTTP client, samplers; ThreadMXBean) + CPU of the PostgreSQL processes (/proc/PID/stat "
                    + "of the postmaster and its descendants, with the postmaster's reaped children)) from the end of the "
                    + "warm-up to the last answer, divided by the 201 answers received in that time";

    private Intake() {}

    static Result run(
            Http http,
            List<String> agencies,
            int year,
            int concurrency,
            Duration warmUp,
            Duration measured,
            CpuCost cpu,
            Bench.Log log)
            throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicLong failures = new AtomicLong();
        AtomicLong costed = new AtomicLong();
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + measured.toNanos();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            Thread client = new Thread(
                    () -> {
                        while (true) {
                            long sent = System.nanoTime();
                            if (sent >= end) {
                                CpuCost.threadEnding();
                                return;
                            }
                            HttpRequest request = http.request("/api/applications")
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(
                                            Applications.receipt(Applications.randomAgency(agencies), year)))
                                    .build();
                            HttpResponse<String> answer;
                            try {
                                answer = http.send(request);
                            } catch (RuntimeException e) {
                                failures.incrementAndGet();
                                continue;
                            }
                            long answered = System.nanoTime();
                            if (answer.statusCode() != 201) {
                                failures.incrementAndGet();
                                continue;
                            }
                            if (answered >= measureFrom) {
                                costed.incrementAndGet();
                            }
                            if (sent >= measureFrom && answered <= end) {
                                latencies.add(answered - sent);
                            }
                        }
                    },
                    "bench-intake-" + i);
            clients.add(client);
            client.start();
        }
        Bench.Ticker ticker = Bench.Ticker.every(
                Duration.ofSeconds(5),
                () -> log.say("intake: " + latencies.count() + " commands measured, " + failures.get() + " failures"));
        long untilMeasured = measureFrom - System.nanoTime();
        if (untilMeasured > 0) {
            Thread.sleep(untilMeasured / 1_000_000, (int) (untilMeasured % 1_000_000));
        }
        CpuCost.Sample before = cpu.sample();
        for (Thread client : clients) {
            client.join();
        }
        CpuCost.Sample after = cpu.sample();
        ticker.close();
        double seconds = measured.toNanos() / 1e9;
        return new Result(
                Bench.round(latencies.count() / seconds),
                latencies.percentileMs(50),
                latencies.percentileMs(99),
                concurrency,
                latencies.count(),
                failures.get(),
                seconds,
                costed.get(),
                warmUp.toSeconds(),
                CpuCost.Cost.between(before, after, costed.get()));
    }

    static Map<String, Object> json(Result intake, RawInserts.Result before, RawInserts.Result after) {
        RawInserts.Result raw = RawInserts.Result.mean(before, after);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("commandsPerSecond", intake.commandsPerSecond());
        json.put("p50Ms", intake.p50Ms());
        json.put("p99Ms", intake.p99Ms());
        json.put("concurrency", intake.concurrency());
        json.put("rawPostgresCommitsPerSecond", raw.commitsPerSecond());
        json.put("ratioToRaw", Bench.ratio(intake.commandsPerSecond() / raw.commitsPerSecond()));
        json.put("commands", intake.commands());
        json.put("failures", intake.failures());
        json.put("measuredSeconds", intake.seconds());
        json.put("warmUpSeconds", intake.warmUpSeconds());
        json.put("rawP50Ms", raw.p50Ms());
        json.put("rawP99Ms", raw.p99Ms());
        json.put("rawRow", RawInserts.ROW_DESCRIPTION);
        json.put("rawBeforeCommitsPerSecond", before.commitsPerSecond());
        json.put("rawAfterCommitsPerSecond", after.commitsPerSecond());
        json.put("rawMeasured", "right before and right after the intake phase; the raw figure is their mean");
        json.put("cpuMsPerWrite", intake.cost().cpuMsPerWrite());
        json.put("jvmCpuMsPerWrite", intake.cost().jvmMsPerWrite());
        json.put("compilerCpuMsPerWrite", intake.cost().compilerMsPerWrite());
        json.put("postgresCpuMsPerWrite", intake.cost().postgresMsPerWrite());
        json.put("loadGeneratorCpuMsPerWrite", intake.cost().loadMsPerWrite());
        json.put("stackCoresBusy", intake.cost().stackCoresBusy());
        json.put("writesCosted", intake.writesCosted());
        json.put("cpuMeasured", CPU_METHOD);
        return json;
    }
}
