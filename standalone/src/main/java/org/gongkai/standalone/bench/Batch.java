package org.gongkai.standalone.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

    record Result(
            Double factsPerSecond,
            long facts,
            long refused,
            String unavailable,
            CpuCost.Cost cost,
            Double readSideCaughtUpSeconds) {}

    /** The longest the bench waits for the read side to show the phase's last fact before it goes on. */
    static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(10);

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
        AtomicReference<String[]> lastStored = new AtomicReference<>();
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
                                        lastStored.set(new String[] {
                                            result.path("id").asText(),
                                            results.path("position").asText()
                                        });
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
            return new Result(null, 0, 0, unavailable.get(), null, null);
        }
        double perSecond = Bench.round(facts.get() / (measured.toNanos() / 1e9));
        log.say("batch: " + perSecond + " facts/s, " + refused.get() + " refused");
        Double caughtUp = lastStored.get() == null ? null : awaitReadSide(http, lastStored.get(), log);
        return new Result(
                perSecond,
                facts.get(),
                refused.get(),
                null,
                CpuCost.Cost.between(before, after, costed.get()),
                caughtUp);
    }

    /**
     * Waits until the read side shows the phase's last stored fact ({@code ?after=} its batch's position), so that
     * the next phase measures its own load and not the projection of this one's backlog: the batch stores facts
     * faster than one projection thread applies them on two cores. Answers the seconds it took after the phase
     * ended, or null if it took longer than {@link #CATCH_UP_LIMIT}.
     */
    private static Double awaitReadSide(Http http, String[] last, Bench.Log log) {
        long from = System.nanoTime();
        String path = "/api/applications/" + URLEncoder.encode(last[0], StandardCharsets.UTF_8) + "?wait=30&after="
                + URLEncoder.encode(last[1], StandardCharsets.UTF_8);
        while (System.nanoTime() - from < CATCH_UP_LIMIT.toNanos()) {
            if (http.get(path).statusCode() == 200) {
                double seconds = Bench.round((System.nanoTime() - from) / 1e9);
                log.say("batch: the read side showed the last fact " + seconds + " s after the phase");
                return seconds;
            }
            log.say("batch: the read side is still applying the phase's facts");
        }
        log.say("batch: the read side did not catch up within " + CATCH_UP_LIMIT.toMinutes() + " min");
        return null;
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
        json.put("readSideCaughtUpSeconds", batch.readSideCaughtUpSeconds());
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
