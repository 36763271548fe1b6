package org.gongkai.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.gongkai.query.intake.ProjectionConsumer;
import org.junit.jupiter.api.Test;

/**
 * The Prometheus endpoints of both services over the running stack: administrators only, the request latencies,
 * commands and refusals, and the lag gauges rising while the consumer or Kafka is stopped and falling to zero
 * when it catches up.
 */
class MetricsIT extends RunningStack {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void servesMetricsToAdministratorsOnly() throws Exception {
        HttpResponse<String> anonymous = HTTP.send(
                HttpRequest.newBuilder(stack.url().resolve("/actuator/prometheus"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(frontDoor.status("/actuator/health")).isEqualTo(200);

        String agency = frontDoor.register("托里县人民政府");
        HttpResponse<String> refused = frontDoor.send(
                "/api/applications",
                Map.of(
                        "agencyId",
                        agency,
                        "receivedOn",
                        LocalDate.of(YEAR + 5, 1, 1).toString(),
                        "channel",
                        "ONLINE",
                        "applicantType",
                        "NATURAL_PERSON"));
        assertThat(refused.statusCode()).isEqualTo(400);
        String rule = FrontDoor.json(refused.body()).path("rule").asText();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String query = scrape(stack.url());
            assertThat(query).contains("http_server_requests_seconds_bucket");
            assertThat(query).contains("gongkai_projection_lag_events{partition=\"0\"}");
            assertThat(query).contains("gongkai_rebuild_percent");
            String command = scrape(stack.commandServiceUrl());
            assertThat(sum(command, "gongkai_commands_total", "type=\"RegisterAgency\"", "result=\"accepted\""))
                    .isGreaterThanOrEqualTo(1);
            assertThat(sum(command, "gongkai_refusals_total", "rule=\"" + rule + "\""))
                    .isGreaterThanOrEqualTo(1);
            assertThat(command).contains("gongkai_publisher_lag_events");
        });
    }

    @Test
    void projectionLagRisesWhileTheConsumerIsStoppedAndFallsWhenItCatchesUp() throws Exception {
        String agency = frontDoor.register("托里县库普乡人民政府");
        ProjectionConsumer consumer = stack.queryService().getBean(ProjectionConsumer.class);
        consumer.stop();
        try {
            for (int i = 0; i < 10; i++) {
                receive(agency, i);
            }
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                String query = scrape(stack.url());
                assertThat(sum(query, "gongkai_projection_lag_events")).isGreaterThanOrEqualTo(10);
                assertThat(max(query, "gongkai_projection_lag_ms")).isPositive();
            });
        } finally {
            consumer.start();
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            String query = scrape(stack.url());
            assertThat(sum(query, "gongkai_projection_lag_events")).isZero();
            assertThat(max(query, "gongkai_projection_lag_ms")).isZero();
        });
    }

    @Test
    void publisherLagRisesWhileKafkaIsDownAndFallsWhenItIsBack() throws Exception {
        String agency = frontDoor.register("托里县人民政府办公室");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(sum(scrape(stack.commandServiceUrl()), "gongkai_publisher_lag_events"))
                        .isZero());
        stack.infrastructure().stopKafka();
        try {
            for (int i = 0; i < 5; i++) {
                receive(agency, i);
            }
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(
                            () -> assertThat(sum(scrape(stack.commandServiceUrl()), "gongkai_publisher_lag_events"))
                                    .isGreaterThanOrEqualTo(5));
        } finally {
            stack.infrastructure().startKafka();
        }
        await().atMost(Duration.ofSeconds(120))
                .untilAsserted(() -> assertThat(sum(scrape(stack.commandServiceUrl()), "gongkai_publisher_lag_events"))
                        .isZero());
    }

    private static void receive(String agency, int i) throws Exception {
        frontDoor.post(
                "/api/applications",
                Map.of(
                        "applicationId",
                        UUID.randomUUID().toString(),
                        "agencyId",
                        agency,
                        "receivedOn",
                        LocalDate.of(YEAR, 1 + i % 12, 1 + i % 28).toString(),
                        "channel",
                        "ONLINE",
                        "applicantType",
                        "NATURAL_PERSON"));
    }

    private static String scrape(URI service) throws Exception {
        String credentials = "admin:" + stack.adminPassword().orElseThrow();
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(service.resolve("/actuator/prometheus"))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    /** The sum of every sample of a metric whose labels contain all the given fragments. */
    private static double sum(String scrape, String metric, String... labels) {
        return samples(scrape, metric, labels).sum();
    }

    private static double max(String scrape, String metric, String... labels) {
        return samples(scrape, metric, labels).max().orElse(0);
    }

    private static java.util.stream.DoubleStream samples(String scrape, String metric, String... labels) {
        return scrape.lines()
                .filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
                .filter(line -> java.util.Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)));
    }
}
