package org.gongkai.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.pollinterval.IterativePollInterval;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two command services and two query services as separate processes over one PostgreSQL server and one Kafka
 * broker, written to through both front doors while parts die: {@code kill -9} of a command service, {@code kill -9}
 * of a query service, a broker killed and restarted, PostgreSQL restarted. Clients retry with the same id on a
 * connection error or a 5xx, as CONTRACT.md tells them to. Afterwards every acknowledged write is counted exactly
 * once in table 三 of every live query service, and each can be read back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.now(org.gongkai.events.calendar.BusinessClock.china());
    private static final String PASSWORD = "scale-out-" + UUID.randomUUID();
    private static final long SEED = Long.getLong("scaleout.seed", System.nanoTime());
    /** More writers and rounds make a soak of it: {@code -Dscaleout.writers=8 -Dscaleout.rounds=4}. */
    private static final int WRITERS = Integer.getInteger("scaleout.writers", 6);

    private static final int ROUNDS = Integer.getInteger("scaleout.rounds", 2);

    /** 50, 100, 200, 400, 800 ms, then 1 s between tries: never longer, so a stopped writer stops within a second. */
    private static final IterativePollInterval RETRY_BACK_OFF = IterativePollInterval.iterative(
            previous -> previous.multipliedBy(2).compareTo(Duration.ofSeconds(1)) < 0
                    ? previous.multipliedBy(2)
                    : Duration.ofSeconds(1),
            Duration.ofMillis(25));

    private static Cluster cluster;
    /** Every try of every write, by its body: when, through which front door, and what came back. */
    private final Map<String, List<String>> attempts = new ConcurrentHashMap<>();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3))
            .build();

    @BeforeAll
    static void startCluster() throws IOException {
        // five JVMs start on two cores: the quick compiler only, the load here is light
        System.setProperty("gongkai.cluster.jvm-options", "-XX:TieredStopAtLevel=1 -Xss512k");
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "scale-out-");
        cluster = Cluster.start(dir, 2, 2, 0, PASSWORD, line -> System.out.println("[cluster] " + line));
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    /**
     * The same record written through both command services at once: the event store keeps one write. The other,
     * sent once more (ADR 0065), is answered like a client's retry when it is the same write, and refused by its rule
     * when it is another; never as a failure (PostgreSQL's unique key violation was once taken for a storage fault
     * and answered 500). Runs first, while every part is alive.
     */
    @Test
    @Order(1)
    void answersWritesRacingOnTwoCommandServicesLikeRetriesOrByTheirRule() throws Exception {
        String agency = "racing-" + UUID.randomUUID();
        assertThat(post(cluster.commandUrl(0), "/api/agencies", Map.of("agencyId", agency, "name", "托里县竞争测试局"))
                        .statusCode())
                .isEqualTo(201);
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                String other = "racing-" + UUID.randomUUID();
                List<HttpResponse<String>> receipts = race(
                        both, "/api/applications", receipt(other, agency, "ONLINE"), receipt(other, agency, "FAX"));
                assertThat(receipts).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(201, 409);
                assertThat(rules(receipts)).containsExactly("IdAlreadyUsed");
                String decision = "/api/applications/" + other + "/decision";
                List<HttpResponse<String>> decisions = race(
                        both,
                        decision,
                        Map.of("outcome", "DISCLOSED", "decidedOn", TODAY.toString()),
                        Map.of("outcome", "OTHER", "decidedOn", TODAY.toString()));
                assertThat(decisions).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
                assertThat(rules(decisions)).containsExactly("ApplicationClosed");

                String same = "racing-" + UUID.randomUUID();
                List<HttpResponse<String>> retried = race(
                        both, "/api/applications", receipt(same, agency, "ONLINE"), receipt(same, agency, "ONLINE"));
                assertThat(retried).extracting(HttpResponse::statusCode).containsExactly(201, 201);
                assertThat(JSON.readTree(retried.get(1).body()))
                        .isEqualTo(JSON.readTree(retried.get(0).body()));
                String sameDecision = "/api/applications/" + same + "/decision";
                Map<String, String> disclosed = Map.of("outcome", "DISCLOSED", "decidedOn", TODAY.toString());
                assertThat(race(both, sameDecision, disclosed, disclosed))
                        .extracting(HttpResponse::statusCode)
                        .containsExactly(200, 200);
            }
        } finally {
            both.shutdown();
        }
    }

    /** Two writes to one path sent at the same moment, the first to command service 1, the second to service 2. */
    private List<HttpResponse<String>> race(
            ExecutorService both, String path, Map<String, ?> first, Map<String, ?> second) throws Exception {
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        Future<HttpResponse<String>> one = both.submit(() -> {
            start.await();
            return post(cluster.commandUrl(0), path, first);
        });
        Future<HttpResponse<String>> two = both.submit(() -> {
            start.await();
            return post(cluster.commandUrl(1), path, second);
        });
        start.countDown();
        return List.of(one.get(30, TimeUnit.SECONDS), two.get(30, TimeUnit.SECONDS));
    }

    private HttpResponse<String> post(URI service, String path, Map<String, ?> body) throws Exception {
        return http.send(
                signedIn(service.resolve(path))
                        .timeout(Duration.ofSeconds(20))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> rules(List<HttpResponse<String>> answers) throws IOException {
        List<String> rules = new ArrayList<>();
        for (HttpResponse<String> answer : answers) {
            if (answer.statusCode() == 409) {
                rules.add(JSON.readTree(answer.body()).path("rule").asText());
            }
        }
        return rules;
    }

    private static Map<String, Object> receipt(String id, String agency, String channel) {
        return Map.of(
                "applicationId",
                id,
                "agencyId",
                agency,
                "receivedOn",
                TODAY.toString(),
                "channel",
                channel,
                "applicantType",
                "NATURAL_PERSON");
    }

    @Test
    @Order(2)
    void countsEveryAcknowledgedWriteExactlyOnceWhilePartsAreKilledAndRestarted() throws Exception {
        System.out.println("ScaleOutIT seed " + SEED + " (rerun with -Dscaleout.seed=" + SEED + ")");
        Random random = new Random(SEED);
        String agency = "scale-out-" + new UUID(random.nextLong(), random.nextLong());
        writeUntilAcknowledged("/api/agencies", Map.of("agencyId", agency, "name", "托里县多进程测试局"), 0);
        for (int i = 0; i < cluster.queryServices(); i++) {
            URI frontDoor = cluster.queryUrl(i);
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> status(frontDoor, "/api/agencies/" + agency + "/reports/" + TODAY.getYear()) == 200);
        }

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger retries = new AtomicInteger();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<Void>> written = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            long writerSeed = random.nextLong();
            int writer = w;
            written.add(writers.submit(() -> {
                Random ids = new Random(writerSeed);
                int n = 0;
                while (writing.get()) {
                    String id = new UUID(ids.nextLong(), ids.nextLong()).toString();
                    retries.addAndGet(
                            writeUntilAcknowledged("/api/applications", receipt(id, agency, "ONLINE"), writer + n++));
                    acknowledged.add(id);
                }
                return null;
            }));
        }

        List<String> figures = new ArrayList<>();
        awaitMore(acknowledged, 40);
        figures.add(fault(
                "kill -9 command service 1",
                acknowledged,
                () -> cluster.commandServiceProcesses().get(0).kill()));
        figures.add(fault(
                "kill -9 query service 2",
                acknowledged,
                () -> cluster.queryServiceProcesses().get(1).kill()));
        // each restart of PostgreSQL breaks connections under statements in flight: the failure that Spring MVC once
        // answered with an empty 200, a write acknowledged and never stored (ADR 0061); a second round meets it more
        for (int round = 0; round < ROUNDS; round++) {
            figures.add(fault("Kafka broker killed and restarted", acknowledged, cluster::restartKafka));
            figures.add(fault("PostgreSQL restarted", acknowledged, cluster::restartPostgres));
        }
        writing.set(false);
        writers.shutdown();
        assertThat(writers.awaitTermination(180, TimeUnit.SECONDS)).isTrue();
        for (Future<Void> writer : written) {
            writer.get(); // a write answered with anything but 2xx, 429 or 5xx fails the test here
        }

        long settling = System.nanoTime();
        int live = 0;
        for (int i = 0; i < cluster.queryServices(); i++) {
            if (!cluster.queryServiceProcesses().get(i).isAlive()) {
                continue;
            }
            live++;
            URI frontDoor = cluster.queryUrl(i);
            try {
                await().atMost(Duration.ofSeconds(180))
                        .pollInterval(Duration.ofMillis(500))
                        .untilAsserted(() -> assertThat(received(frontDoor, agency))
                                .as("applications counted by %s", frontDoor)
                                .isEqualTo(acknowledged.size()));
            } catch (ConditionTimeoutException e) {
                // say in this run which layer lost what: the event store, the topic or the read side
                throw new AssertionError(
                        e.getMessage() + "\n"
                                + LostWrites.trace(
                                        cluster,
                                        i,
                                        List.copyOf(acknowledged),
                                        id -> shown(frontDoor, id),
                                        id -> attempts.entrySet().stream()
                                                .filter(tried -> tried.getKey().contains(id))
                                                .flatMap(tried -> tried.getValue().stream())
                                                .toList()),
                        e);
            }
            for (String id : acknowledged.stream().limit(50).toList()) {
                assertThat(status(frontDoor, "/api/applications/" + id)).as(id).isEqualTo(200);
            }
        }
        assertThat(live).as("live query services").isEqualTo(1);
        System.out.printf(
                "ScaleOutIT: %d writes acknowledged, %d retries, 0 lost, 0 doubled; settled %.1f s after the last"
                        + " write; %s%n",
                acknowledged.size(), retries.get(), (System.nanoTime() - settling) / 1e9, String.join("; ", figures));
    }

    /** Applies a fault while the writers go on, and measures how long until the next 30 writes are acknowledged. */
    private String fault(String what, Set<String> acknowledged, Runnable fault) {
        int before = acknowledged.size();
        long start = System.nanoTime();
        fault.run();
        awaitMore(acknowledged, 30);
        return String.format(
                "%s at write %d: 30 more acknowledged after %.1f s", what, before, (System.nanoTime() - start) / 1e9);
    }

    private static void awaitMore(Set<String> acknowledged, int more) {
        int target = acknowledged.size() + more;
        await().atMost(Duration.ofSeconds(180)).until(() -> acknowledged.size() >= target);
    }

    /**
     * Sends a write through the front doors in turn until one acknowledges it, with the same body (and so the same
     * id) every time; returns the number of retries. The pause between tries doubles from 50 ms and stays at 1 s:
     * Awaitility sleeps each poll interval in full, uninterruptibly, before it looks at {@code atMost} again, so an
     * unbounded interval (the Fibonacci one this loop once had, whose first argument is a place in the sequence, not
     * milliseconds: the third try slept 20 days) keeps a writer past any shutdown. Tries run in the writer's own
     * thread; each is bounded by the HTTP timeout.
     */
    private int writeUntilAcknowledged(String path, Map<String, ?> body, int start) throws IOException {
        String json = JSON.writeValueAsString(body);
        AtomicInteger attempts = new AtomicInteger();
        await(json + " acknowledged")
                .atMost(Duration.ofSeconds(240))
                .pollInSameThread()
                .pollDelay(Duration.ZERO)
                .pollInterval(RETRY_BACK_OFF)
                .until(() -> acknowledged(path, json, start + attempts.getAndIncrement()));
        return attempts.get() - 1;
    }

    /** One try through the front door whose turn it is: true once acknowledged; a refusal fails the test at once. */
    private boolean acknowledged(String path, String json, int attempt) throws InterruptedException {
        URI frontDoor = cluster.queryUrl(attempt % cluster.queryServices());
        List<String> tries = attempts.computeIfAbsent(json, key -> new java.util.concurrent.CopyOnWriteArrayList<>());
        String when = java.time.LocalTime.now(org.gongkai.events.calendar.BusinessClock.china()) + " via " + frontDoor
                + " → ";
        try {
            HttpResponse<String> answer = http.send(
                    signedIn(frontDoor.resolve(path))
                            .timeout(Duration.ofSeconds(20))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(json))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            tries.add(when + answer.statusCode() + " " + answer.body());
            if (answer.statusCode() / 100 == 2) {
                // an acknowledgement names what it recorded: an empty 200 was a failure Spring took for a client gone
                if (path.equals("/api/applications")) {
                    assertThat(answer.statusCode()).as("POST %s %s", path, json).isEqualTo(201);
                    assertThat(applicationId(answer.body()))
                            .as("POST %s %s", path, json)
                            .isEqualTo(applicationId(json));
                }
                return true;
            }
            assertThat(answer.statusCode())
                    .as("POST %s %s: %s", path, json, answer.body())
                    .isIn(429, 500, 502, 503, 504);
        } catch (IOException e) {
            // the front door died or the connection broke: the same write again, maybe through the other one
            tries.add(when + e);
        }
        return false;
    }

    private static String applicationId(String json) {
        try {
            return JSON.readTree(json).path("applicationId").asText();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    private int received(URI frontDoor, String agency) throws Exception {
        HttpResponse<String> answer = http.send(
                signedIn(frontDoor.resolve("/api/agencies/" + agency + "/reports/" + TODAY.getYear()))
                        .timeout(Duration.ofSeconds(20))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        for (JsonNode row : JSON.readTree(answer.body()).path("applications").path("rows")) {
            if (row.path("code").asText().equals("RECEIVED")) {
                JsonNode counts = row.path("counts");
                return counts.get(counts.size() - 1).asInt();
            }
        }
        throw new AssertionError("no row RECEIVED in " + answer.body());
    }

    /** Whether the front door shows the application; a refusal for the request rate is asked again. */
    private boolean shown(URI frontDoor, String id) {
        AtomicInteger status = new AtomicInteger();
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    status.set(status(frontDoor, "/api/applications/" + id));
                    return status.get() != 429;
                });
        return status.get() == 200;
    }

    private int status(URI frontDoor, String path) {
        try {
            return http.send(
                            signedIn(frontDoor.resolve(path))
                                    .timeout(Duration.ofSeconds(20))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static HttpRequest.Builder signedIn(URI uri) {
        return HttpRequest.newBuilder(uri)
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
}
