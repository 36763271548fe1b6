package org.gongkai.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.command.CommandServiceApplication;
import org.gongkai.query.QueryServiceApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The end-to-end scenario of {@link GongkaiStackIT} (HTTP in, count out) with the services configured as in
 * production, against PostgreSQL and Kafka containers through the standard Spring variables. Skipped where no
 * Docker engine runs (the development machines and CI), where GongkaiStackIT covers the same path.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainersStackIT {

    @Container
    static final PostgreSQLContainer<?> POSTGRES = new PostgreSQLContainer<>("postgres:17");

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:3.9.1");

    static ConfigurableApplicationContext command;
    static ConfigurableApplicationContext query;

    @BeforeAll
    static void startServices() throws Exception {
        try (var connection = DriverManager.getConnection(
                        POSTGRES.getJdbcUrl(), POSTGRES.getUsername(), POSTGRES.getPassword());
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE gongkai_command");
            statement.execute("CREATE DATABASE gongkai_query");
        }
        command = start(CommandServiceApplication.builder(), "gongkai_command", Map.of());
        int commandPort = ((WebServerApplicationContext) command).getWebServer().getPort();
        query = start(
                QueryServiceApplication.builder(),
                "gongkai_query",
                Map.of(
                        "gongkai.command-service.url",
                        "http://127.0.0.1:" + commandPort,
                        "spring.autoconfigure.exclude",
                        String.join(
                                ",", AxonAutoConfigurations.onClasspath(ContainersStackIT.class.getClassLoader()))));
    }

    private static final String ADMIN_PASSWORD = "containers-admin-password";
    private static final String BASIC = "Basic "
            + java.util.Base64.getEncoder()
                    .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));

    @AfterAll
    static void stopServices() {
        if (query != null) {
            query.close();
        }
        if (command != null) {
            command.close();
        }
    }

    @Test
    void countsALoggedApplicationInTheAnnualTable() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String door = "http://127.0.0.1:"
                + ((WebServerApplicationContext) query).getWebServer().getPort();
        post(http, door + "/api/agencies", "{\"agencyId\":\"kupu\",\"name\":\"托里县库普乡人民政府\"}");
        post(
                http,
                door + "/api/applications",
                "{\"agencyId\":\"kupu\",\"receivedOn\":\"2024-05-06\","
                        + "\"channel\":\"IN_PERSON\",\"applicantType\":\"NATURAL_PERSON\"}");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            HttpResponse<String> report = http.send(
                    HttpRequest.newBuilder(URI.create(door + "/api/agencies/kupu/reports/2024"))
                            .header("Authorization", BASIC)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(report.statusCode()).isEqualTo(200);
            JsonNode received = new ObjectMapper()
                    .readTree(report.body())
                    .path("applications")
                    .path("rows")
                    .get(0);
            assertThat(received.path("code").asText()).isEqualTo("RECEIVED");
            assertThat(received.path("counts").toString()).isEqualTo("[1,0,0,0,0,0,1]");
        });
    }

    private static ConfigurableApplicationContext start(
            SpringApplicationBuilder builder, String database, Map<String, String> extra) {
        Map<String, String> settings = new LinkedHashMap<>(extra);
        settings.put("server.port", "0");
        settings.put(
                "spring.datasource.url",
                POSTGRES.getJdbcUrl().replace("/" + POSTGRES.getDatabaseName(), "/" + database));
        settings.put("spring.datasource.username", POSTGRES.getUsername());
        settings.put("spring.datasource.password", POSTGRES.getPassword());
        settings.put("spring.kafka.bootstrap-servers", KAFKA.getBootstrapServers());
        settings.put("spring.jmx.enabled", "false");
        settings.put("gongkai.security.admin-password", ADMIN_PASSWORD);
        settings.put("gongkai.security.internal-secret", "containers-internal-secret");
        return builder.run(ServiceContexts.asArguments(settings).toArray(String[]::new));
    }

    private static void post(HttpClient http, String url, String body) throws Exception {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/json")
                        .header("Authorization", BASIC)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 299);
    }
}
