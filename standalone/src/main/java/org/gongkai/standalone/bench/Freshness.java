package org.gongkai.standalone.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Time from a write's {@code 201} to the change being visible to readers, at a steady rate. Visibility is what the
 * UI sees: the {@code /api/stream} server-sent event that the query service sends after committing the batch,
 * naming the agency. Writes go round-robin over the 1,000 agencies, so one agency gets a write every few
 * seconds: the first event naming it after the answer is the one for that write. When the event came before the
 * answer (the projection was faster than the HTTP answer), the freshness is zero.
 */
final class Freshness {

    record Result(double atCommandsPerSecond, double p50Ms, double p99Ms, long writes, long seen, long failures) {}

    private final Map<String, ArrayDeque<Long>> pending = new HashMap<>();
    private final Map<String, Long> lastEvent = new HashMap<>();
    private final Latencies latencies = new Latencies();

    static Result run(Http http, List<String> agencies, int year, int perSecond, Duration duration, Bench.Log log)
            throws Exception {
        return new Freshness().measure(http, agencies, year, perSecond, duration, log);
    }

    private Result measure(Http http, List<String> agencies, int year, int perSecond, Duration duration, Bench.Log log)
            throws Exception {
        CountDownLatch connected = new CountDownLatch(1);
        CompletableFuture<HttpResponse<Stream<String>>> stream = http.client()
                .sendAsync(
                        http.request("/api/stream")
                                .header("Accept", "text/event-stream")
                                .build(),
                        HttpResponse.BodyHandlers.ofLines());
        Thread reader = new Thread(
                () -> {
                    try (Stream<String> lines = stream.get(10, TimeUnit.SECONDS).body()) {
                        connected.countDown();
                        lines.forEach(this::line);
                    } catch (Exception e) {
                        connected.countDown();
                    }
                },
                "bench-sse");
        reader.setDaemon(true);
        reader.start();
        if (!connected.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("/api/stream did not connect");
        }
        AtomicLong writes = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        ExecutorService writers = Executors.newFixedThreadPool(16);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long periodNanos = 1_000_000_000L / perSecond;
        long total = duration.toSeconds() * perSecond;
        CountDownLatch done = new CountDownLatch((int) total);
        AtomicLong issued = new AtomicLong();
        clock.scheduleAtFixedRate(
                () -> {
                    long n = issued.getAndIncrement();
                    if (n >= total) {
                        return;
                    }
                    String agency = agencies.get((int) (n % agencies.size()));
                    writers.execute(() -> {
                        try {
                            write(http, agency, year, writes, failures);
                        } finally {
                            done.countDown();
                        }
                    });
                },
                0,
                periodNanos,
                TimeUnit.NANOSECONDS);
        Bench.Ticker ticker = Bench.Ticker.every(
                Duration.ofSeconds(5),
                () -> log.say("freshness: " + writes.get() + " writes, " + latencies.count() + " seen"));
        long began = System.nanoTime();
        done.await(duration.toSeconds() + 60, TimeUnit.SECONDS);
        // the rate reached, not the one asked for: when the command side cannot keep up, the answers come later
        double elapsed = Math.max(duration.toNanos(), System.nanoTime() - began) / 1e9;
        clock.shutdownNow();
        writers.shutdown();
        // the last writes need their events: wait until every one is seen, or give up after ten seconds
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (latencies.count() < writes.get() && System.nanoTime() < giveUp) {
            Thread.sleep(50);
        }
        ticker.close();
        stream.cancel(true);
        reader.interrupt();
        return new Result(
                Bench.round(writes.get() / elapsed),
                latencies.percentileMs(50),
                latencies.percentileMs(99),
                writes.get(),
                latencies.count(),
                failures.get());
    }

    private void write(Http http, String agency, int year, AtomicLong writes, AtomicLong failures) {
        long sent = System.nanoTime();
        HttpResponse<String> answer;
        try {
            answer = http.send(http.request("/api/applications")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Applications.receipt(agency, year)))
                    .build());
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            return;
        }
        long answered = System.nanoTime();
        if (answer.statusCode() != 201) {
            failures.incrementAndGet();
            return;
        }
        writes.incrementAndGet();
        synchronized (this) {
            Long last = lastEvent.get(agency);
            if (last != null && last > sent) {
                latencies.add(0); // visible before the answer arrived
            } else {
                pending.computeIfAbsent(agency, a -> new ArrayDeque<>()).add(answered);
            }
        }
    }

    private void line(String line) {
        if (!line.startsWith("data:")) {
            return;
        }
        long now = System.nanoTime();
        JsonNode data = Http.read(line.substring(5));
        synchronized (this) {
            for (JsonNode id : data.path("agencyIds")) {
                String agency = id.asText();
                lastEvent.put(agency, now);
                ArrayDeque<Long> waiting = pending.remove(agency);
                if (waiting != null) {
                    waiting.forEach(answered -> latencies.add(now - answered));
                }
            }
        }
    }
}
