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
            double seconds) {}

    private Intake() {}

    static Result run(
            Http http,
            List<String> agencies,
            int year,
            int concurrency,
            Duration warmUp,
            Duration measured,
            Bench.Log log)
            throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicLong failures = new AtomicLong();
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
                            } else if (sent >= measureFrom && answered <= end) {
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
        for (Thread client : clients) {
            client.join();
        }
        ticker.close();
        double seconds = measured.toNanos() / 1e9;
        return new Result(
                Bench.round(latencies.count() / seconds),
                latencies.percentileMs(50),
                latencies.percentileMs(99),
                concurrency,
                latencies.count(),
                failures.get(),
                seconds);
    }

    static Map<String, Object> json(Result intake, RawInserts.Result raw) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("commandsPerSecond", intake.commandsPerSecond());
        json.put("p50Ms", intake.p50Ms());
        json.put("p99Ms", intake.p99Ms());
        json.put("concurrency", intake.concurrency());
        json.put("rawPostgresCommitsPerSecond", raw.commitsPerSecond());
        json.put("ratioToRaw", Bench.round(intake.commandsPerSecond() / raw.commitsPerSecond()));
        json.put("commands", intake.commands());
        json.put("failures", intake.failures());
        json.put("measuredSeconds", intake.seconds());
        json.put("rawP50Ms", raw.p50Ms());
        json.put("rawP99Ms", raw.p99Ms());
        json.put("rawRow", RawInserts.ROW_DESCRIPTION);
        return json;
    }
}
