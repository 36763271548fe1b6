package org.gongkai.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;

/**
 * The standalone front door hands writes to the command side in this JVM (ADR 0041): they are recorded while the
 * command service's own HTTP port takes no requests, and its answers, refusals included, reach the client as the
 * command side gave them.
 */
class InProcessFrontDoorIT extends SharedRunningStack {

    @Test
    void writesAreRecordedWithoutTheCommandServicesPort() throws Exception {
        Connector commandPort = commandConnector();
        commandPort.pause();
        try {
            String id = "agency-" + UUID.randomUUID();
            HttpResponse<String> answer = frontDoor.send("/api/agencies", Map.of("agencyId", id, "name", "和田市人民政府"));

            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
            assertThat(answer.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/api/agencies/" + id));
            assertThatThrownBy(() -> HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(URI.create(stack.commandServiceUrl() + "/actuator/health"))
                                            .timeout(Duration.ofSeconds(2))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding()))
                    .as("the command service's port is paused: only the in-process path can have recorded it")
                    .isInstanceOf(HttpTimeoutException.class);
        } finally {
            commandPort.resume();
        }
    }

    @Test
    void aRefusalIsTheCommandSidesProblemNamingTheField() throws Exception {
        HttpResponse<String> answer = frontDoor.send(
                "/api/applications",
                Map.of(
                        "agencyId",
                        "agency-never-registered-" + UUID.randomUUID(),
                        "receivedOn",
                        YEAR + "-03-02",
                        "channel",
                        "ONLINE",
                        "applicantType",
                        "NATURAL_PERSON"));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = FrontDoor.json(answer.body());
        assertThat(problem.path("field").asText()).isEqualTo("agencyId");
        assertThat(problem.path("status").asInt()).isEqualTo(404);
    }

    private static Connector commandConnector() {
        WebServerApplicationContext command = (WebServerApplicationContext) stack.commandService();
        return ((TomcatWebServer) command.getWebServer()).getTomcat().getConnector();
    }
}
