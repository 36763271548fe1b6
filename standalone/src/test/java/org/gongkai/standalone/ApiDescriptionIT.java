package org.gongkai.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The API description at the front door (ADR 0024): behind sign-in, the whole API (reads and the forwarded
 * writes) with request bodies and problem answers, every endpoint of CONTRACT.md, and equal to the committed
 * docs/openapi.json. After changing the API, regenerate that file with {@code -Dgongkai.openapi.write=true}.
 */
class ApiDescriptionIT extends SharedRunningStack {

    static final Path COMMITTED = Path.of("..", "docs", "openapi.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void describesTheWholeApiBehindSignInAndMatchesTheCommittedDescription() throws Exception {
        HttpResponse<String> anonymous = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(stack.url() + "/v3/api-docs"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);

        HttpResponse<String> served = frontDoor.fetch("/v3/api-docs");
        assertThat(served.statusCode()).as(served.body()).isEqualTo(200);
        JsonNode description = JSON.readTree(served.body());

        assertThat(ContractEndpoints.missingFrom(description)).isEmpty();
        JsonNode receive = description.path("paths").path("/api/applications").path("post");
        assertThat(receive.path("requestBody").toString()).contains("#/components/schemas/Receipt");
        assertThat(description
                        .at("/components/schemas/Receipt/properties/applicantType/enum")
                        .toString())
                .contains("NATURAL_PERSON", "OTHER_ORGANIZATION");
        assertThat(receive.at("/responses/409/content").has("application/problem+json"))
                .isTrue();
        assertThat(description
                        .path("paths")
                        .path("/api/agencies/{agencyId}/reports/{year}")
                        .path("get")
                        .at("/responses/404/content")
                        .has("application/problem+json"))
                .isTrue();
        assertThat(description.at("/components/schemas/Problem/properties").has("rule"))
                .isTrue();

        if (Boolean.getBoolean("gongkai.openapi.write") || !Files.exists(COMMITTED)) {
            Files.writeString(COMMITTED, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(description) + "\n");
        }
        assertThat(JSON.readTree(Files.readAllBytes(COMMITTED)))
                .as("docs/openapi.json is out of date: run this test with -Dgongkai.openapi.write=true and commit it")
                .isEqualTo(description);
    }

    @Test
    void servesTheDocsPageToSignedInUsers() throws Exception {
        HttpResponse<String> page = frontDoor.fetch("/swagger-ui/index.html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        assertThat(frontDoor.status("/swagger-ui.html")).isIn(200, 302);
    }
}
