package org.gongkai.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.gongkai.query.QueryServiceApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Read your writes over the whole stack (ADR 0023): every write answers with a position, and a read that names it
 * shows the write at once, including everything the client wrote before it on other aggregates and partitions.
 */
class ReadYourWritesIT extends RunningStack {

    private static final int PAIRS = 1_000;

    @Test
    void everyReadAfterAWritesPositionShowsThatWrite() throws Exception {
        String agency = "agency-" + UUID.randomUUID();
        String registered = position(frontDoor.send("/api/agencies", Map.of("agencyId", agency, "name", "托里县人民政府")));
        assertThat(frontDoor
                        .fetch("/api/agencies/" + agency + "/reports/" + YEAR + "?after=" + q(registered))
                        .statusCode())
                .isEqualTo(200);

        for (int i = 1; i <= PAIRS; i++) {
            String application = UUID.randomUUID().toString();
            String written = position(frontDoor.send("/api/applications", receipt(application, agency, i)));

            HttpResponse<String> read = frontDoor.fetch("/api/applications/" + application + "?after=" + q(written));
            assertThat(read.statusCode()).as("read %d: %s", i, read.body()).isEqualTo(200);
            assertThat(FrontDoor.json(read.body()).path("applicationId").asText())
                    .isEqualTo(application);
            if (i % 10 == 0) {
                assertThat(receivedTotal(agency, written))
                        .as("after write %d", i)
                        .isEqualTo(i);
            }
        }
    }

    @Test
    void aPositionCoversTheEarlierWritesOnOtherAggregates() throws Exception {
        for (int i = 0; i < 30; i++) {
            String agency = "agency-" + UUID.randomUUID();
            frontDoor.post("/api/agencies", Map.of("agencyId", agency, "name", "托里县库普乡人民政府"));
            String written = position(frontDoor.send(
                    "/api/applications", receipt(UUID.randomUUID().toString(), agency, i)));

            // the agency was registered by the write before: its report exists, and counts the application
            assertThat(receivedTotal(agency, written)).isEqualTo(1);
        }
    }

    @Test
    void aSecondQueryInstanceThatConsumesNothingAnswersForTheOne() throws Exception {
        try (ConfigurableApplicationContext second = secondQueryInstance()) {
            int port = ((WebServerApplicationContext) second).getWebServer().getPort();
            String agency = "agency-" + UUID.randomUUID();
            frontDoor.post("/api/agencies", Map.of("agencyId", agency, "name", "托里县人民政府"));
            for (int i = 1; i <= 50; i++) {
                String application = UUID.randomUUID().toString();
                String written = position(frontDoor.send("/api/applications", receipt(application, agency, i)));

                HttpResponse<String> read = frontDoor.fetchFrom(
                        URI.create("http://127.0.0.1:" + port),
                        "/api/applications/" + application + "?after=" + q(written));
                assertThat(read.statusCode()).as("read %d: %s", i, read.body()).isEqualTo(200);
            }
        }
    }

    /** Another query service on the same database and broker, with its consumer off: it applies nothing itself. */
    private static ConfigurableApplicationContext secondQueryInstance() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.config.name", "query-service");
        settings.put("server.port", "0");
        settings.put("spring.datasource.url", stack.infrastructure().database().queryJdbcUrl());
        settings.put("spring.datasource.username", EmbeddedDatabase.USER);
        settings.put(
                "spring.datasource.password", stack.infrastructure().database().password());
        settings.put(
                "spring.kafka.bootstrap-servers", stack.infrastructure().kafka().bootstrapServers());
        settings.put("gongkai.query.consumer.enabled", "false");
        settings.put("gongkai.report.year-end.enabled", "false");
        settings.put("gongkai.security.admin-password", stack.adminPassword().orElseThrow());
        settings.put("gongkai.security.internal-secret", "not-used-by-reads");
        settings.put("spring.jmx.enabled", "false");
        settings.put("spring.main.banner-mode", "off");
        settings.put(
                "spring.autoconfigure.exclude",
                String.join(",", AxonAutoConfigurations.onClasspath(ReadYourWritesIT.class.getClassLoader())));
        return new SpringApplicationBuilder(QueryServiceApplication.class)
                .registerShutdownHook(false)
                .run(ServiceContexts.asArguments(settings).toArray(String[]::new));
    }

    @Test
    void theHeaderWorksAsTheParameterDoes() throws Exception {
        String agency = "agency-" + UUID.randomUUID();
        String registered = position(frontDoor.send("/api/agencies", Map.of("agencyId", agency, "name", "托里县人民政府")));

        HttpResponse<String> read =
                frontDoor.fetch("/api/agencies/" + agency + "/reports/" + YEAR, "Gongkai-After", registered);

        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    }

    @Test
    void aPositionNotYetAppliedIsAnsweredWithNotYetVisibleAfterTheWait() throws Exception {
        String future = "999999999999999.0."
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(("never-" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> now = frontDoor.fetch("/api/agencies?after=" + q(future) + "&wait=0");
        long started = System.nanoTime();
        HttpResponse<String> afterASecond = frontDoor.fetch("/api/agencies?after=" + q(future) + "&wait=1");
        Duration waited = Duration.ofNanos(System.nanoTime() - started);

        for (HttpResponse<String> answer : java.util.List.of(now, afterASecond)) {
            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.headers().firstValue("Retry-After")).contains("1");
            assertThat(answer.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(FrontDoor.json(answer.body()).path("rule").asText()).isEqualTo("NOT_YET_VISIBLE");
        }
        assertThat(waited).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aMalformedPositionOrWaitIsABadRequest() throws Exception {
        for (String after : new String[] {"yesterday", "12", "12.x.YWJj", "-1.0.YWJj", "1.0.a b"}) {
            HttpResponse<String> answer = frontDoor.fetch("/api/agencies?after=" + q(after));
            assertThat(answer.statusCode()).as(after).isEqualTo(400);
            JsonNode problem = FrontDoor.json(answer.body());
            assertThat(problem.path("rule").asText()).isEqualTo("INVALID_POSITION");
            assertThat(problem.path("field").asText()).isEqualTo("after");
        }
        HttpResponse<String> tooLong = frontDoor.fetch("/api/agencies?after=1.0.YWJj&wait=31");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(FrontDoor.json(tooLong.body()).path("rule").asText()).isEqualTo("INVALID_WAIT");
    }

    private static Map<String, Object> receipt(String application, String agency, int i) {
        return Map.of(
                "applicationId",
                application,
                "agencyId",
                agency,
                "receivedOn",
                LocalDate.of(YEAR, 1 + i % 12, 1 + i % 28).toString(),
                "channel",
                "ONLINE",
                "applicantType",
                "NATURAL_PERSON");
    }

    private static int receivedTotal(String agency, String after) throws Exception {
        HttpResponse<String> answer =
                frontDoor.fetch("/api/agencies/" + agency + "/reports/" + YEAR + "?after=" + q(after));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        for (JsonNode row : FrontDoor.json(answer.body()).path("applications").path("rows")) {
            if (row.path("code").asText().equals("RECEIVED")) {
                JsonNode counts = row.path("counts");
                return counts.get(counts.size() - 1).asInt();
            }
        }
        throw new AssertionError("no RECEIVED row: " + answer.body());
    }

    private static String position(HttpResponse<String> written) throws Exception {
        assertThat(written.statusCode()).as(written.body()).isBetween(200, 299);
        String header = written.headers().firstValue("Gongkai-Position").orElseThrow();
        assertThat(FrontDoor.json(written.body()).path("position").asText()).isEqualTo(header);
        return header;
    }

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
