package org.gongkai.standalone.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Batched intake: clients each sending {@code POST /api/batch} with {@value #COMMANDS} applications at a time
 * (closed loop), for a fixed time after a warm-up. A fact counts when its result in the answer is {@code 201}.
 * When a batch is not answered {@code 200} (a stack without the batch endpoint), the phase records that answer and
 * no rate.
 */
final class Batch {

    static final int COMMANDS = 500;

    record Result(Double factsPerSecond, long facts, long refused, String unavailable, CpuCost.Cost cost) {}

    private Batch() {}

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
        AtomicLong facts = new AtomicLong();
        AtomicLong costed = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicReference<String> unavailable = new AtomicReference<>();
        long measureFrom = System.nanoTime() + warmUp.toNanos();
        long end = measureFrom + measured.toNanos();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            Thread client = new Thread(
                    () -> {
                        try {
                            while (System.nanoTime() < end && unavailable.get() == null) {
                                long sent = System.nanoTime();
                                HttpResponse<String> answer = http.send(http.request("/api/batch")
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(commands(agencies, year)))
                                        .build());
                                long answered = System.nanoTime();
                                if (answer.statusCode() != 200) {
                                    String body = answer.body();
                                    unavailable.compareAndSet(
                                            null,
                                            "POST /api/batch answered " + answer.statusCode() + ": "
                                                    + body.substring(0, Math.min(200, body.length())));
                                    return;
                                }
                                long created = 0;
                                JsonNode results = Http.read(answer.body());
                                for (JsonNode result : results.isArray() ? results : results.path("results")) {
                                    if (result.path("status").asInt() == 201) {
                                        created++;
                                    } else {
                                        refused.incrementAndGet();
                                    }
                                }
                                if (answered >= measureFrom) {
                                    costed.addAndGet(created);
                                }
                                if (sent >= measureFrom && answered <= end) {
                                    facts.addAndGet(created);
                                }
                            }
                        } catch (RuntimeException e) {
                            refused.incrementAndGet();
                        } finally {
                            CpuCost.threadEnding();
                        }
                    },
                    "bench-batch-" + i);
            clients.add(client);
            client.start();
        }
        long untilMeasured = measureFrom - System.nanoTime();
        if (untilMeasured > 0) {
            Thread.sleep(untilMeasured / 1_000_000, (int) (untilMeasured % 1_000_000));
        }
        CpuCost.Sample before = cpu.sample();
        for (Thread client : clients) {
            client.join();
        }
        CpuCost.Sample after = cpu.sample();
        if (unavailable.get() != null) {
            log.say("batch: " + unavailable.get());
            return new Result(null, 0, 0, unavailable.get(), null);
        }
        double perSecond = Bench.round(facts.get() / (measured.toNanos() / 1e9));
        log.say("batch: " + perSecond + " facts/s, " + refused.get() + " refused");
        return new Result(
                perSecond, facts.get(), refused.get(), null, CpuCost.Cost.between(before, after, costed.get()));
    }

    private static String commands(List<String> agencies, int year) {
        StringBuilder body = new StringBuilder(COMMANDS * 160).append('[');
        for (int i = 0; i < COMMANDS; i++) {
            if (i > 0) {
                body.append(',');
            }
            body.append("{\"path\":\"/api/applications\",\"body\":")
                    .append(Applications.receipt(Applications.randomAgency(agencies), year))
                    .append('}');
        }
        return body.append(']').toString();
    }

    static Map<String, Object> json(Result batch, RawInserts.Result before, RawInserts.Result after, int concurrency) {
        double raw = Bench.round(100 * (before.commitsPerSecond() + after.commitsPerSecond()) / 2);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("factsPerSecond", batch.factsPerSecond());
        json.put("rawBatchedRowsPerSecond", raw);
        json.put("ratioToRaw", batch.factsPerSecond() == null ? null : Bench.ratio(batch.factsPerSecond() / raw));
        json.put("commandsPerBatch", COMMANDS);
        json.put("concurrency", concurrency);
        json.put("warmUpSeconds", Bench.BATCH_WARM_UP.toSeconds());
        json.put("facts", batch.facts());
        json.put("refused", batch.refused());
        if (batch.cost() != null) {
            json.put("cpuMsPerFact", batch.cost().cpuMsPerWrite());
            json.put("compilerCpuMsPerFact", batch.cost().compilerMsPerWrite());
        }
        if (batch.unavailable() != null) {
            json.put("unavailable", batch.unavailable());
        }
        json.put("rawBeforeRowsPerSecond", Bench.round(100 * before.commitsPerSecond()));
        json.put("rawAfterRowsPerSecond", Bench.round(100 * after.commitsPerSecond()));
        json.put(
                "rawRow",
                "100-row INSERT commits (one statement, autocommit) of the intake's raw row shape, " + concurrency
                        + " threads; mean of right before and right after the phase");
        return json;
    }
}
