package org.gongkai.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.gongkai.security.PrincipalAssertion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The report stream's writes over HTTP on real PostgreSQL: answers, problems, and nothing stored when refused. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.config.name=command-service",
            Admin.PASSWORD_PROPERTY,
            FrontDoorAssertions.SECRET_PROPERTY,
            "gongkai.kafka.topic=report-it",
            "gongkai.kafka.partitions=1"
        })
class ReportWritesIT {

    private static final int THIS_YEAR =
            LocalDate.now(org.gongkai.events.calendar.BusinessClock.china()).getYear();
    private static final int LAST_YEAR = THIS_YEAR - 1;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry);
    }

    @Autowired
    TestRestTemplate http;

    @Value("${gongkai.security.internal-secret}")
    String internalSecret;

    FrontDoorAssertions frontDoor;

    @BeforeEach
    void signInAsAdministrator() {
        http = http.withBasicAuth("admin", Admin.PASSWORD);
        frontDoor = new FrontDoorAssertions(http.getRootUri(), internalSecret);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void storesEachNarrativeVersionAndAnswersProblemsNamingTheField() {
        String agency = registerAgency();
        String base = "/api/agencies/" + agency + "/reports/" + LAST_YEAR + "/narrative/";

        ResponseEntity<Map> first = put(base + "PROBLEMS", Map.of("text", "培训不够。"));
        ResponseEntity<Map> second = put(base + "PROBLEMS", Map.of("text", "培训覆盖面不够。"));
        ResponseEntity<Map> unknown = put(base + "SUMMARY", Map.of("text", "x"));
        ResponseEntity<Map> empty = put(base + "OVERVIEW", Map.of("text", ""));
        ResponseEntity<Map> missing = put(base + "OVERVIEW", Map.of());
        ResponseEntity<Map> future = put(
                "/api/agencies/" + agency + "/reports/" + (THIS_YEAR + 1) + "/narrative/OVERVIEW", Map.of("text", "x"));
        ResponseEntity<Map> nobody = put(
                "/api/agencies/nobody-" + UUID.randomUUID() + "/reports/" + LAST_YEAR + "/narrative/OVERVIEW",
                Map.of("text", "x"));

        assertThat(first.getStatusCode().value()).isEqualTo(200);
        assertThat(second.getBody()).containsEntry("version", 2);
        assertThat(unknown.getStatusCode().value()).isEqualTo(400);
        assertThat(unknown.getBody()).containsEntry("field", "section").containsEntry("rule", "UnknownSection");
        assertThat(empty.getStatusCode().value()).isEqualTo(400);
        assertThat(empty.getBody()).containsEntry("field", "text");
        assertThat(missing.getStatusCode().value()).isEqualTo(400);
        assertThat(future.getStatusCode().value()).isEqualTo(400);
        assertThat(future.getBody()).containsEntry("field", "year");
        assertThat(nobody.getStatusCode().value()).isEqualTo(404);
        assertThat(eventsOf("report:" + agency + ":" + LAST_YEAR)).isEqualTo(2);
    }

    @Test
    void publishesAClosedYearThenAmendsOnlyWithAReason() {
        String agency = registerAgency();
        String path = "/api/agencies/" + agency + "/reports/" + LAST_YEAR + "/publication";

        ResponseEntity<Map> first = frontDoor.authored(path, Map.of("snapshot", "{\"v\":1}"));
        ResponseEntity<Map> noReason = frontDoor.authored(path, Map.of("snapshot", "{\"v\":2}"));
        ResponseEntity<Map> amended = frontDoor.authored(path, Map.of("snapshot", "{\"v\":2}", "reason", "补录答复"));
        ResponseEntity<Map> open = frontDoor.authored(
                "/api/agencies/" + agency + "/reports/" + THIS_YEAR + "/publication", Map.of("snapshot", "{\"v\":1}"));
        ResponseEntity<Map> noSnapshot = frontDoor.authored(
                "/api/agencies/" + agency + "/reports/" + (LAST_YEAR - 1) + "/publication", Map.of());

        assertThat(first.getStatusCode().value()).isEqualTo(201);
        assertThat(first.getBody()).containsEntry("version", 1);
        assertThat(noReason.getStatusCode().value()).isEqualTo(400);
        assertThat(noReason.getBody()).containsEntry("field", "reason");
        assertThat(amended.getStatusCode().value()).isEqualTo(201);
        assertThat(amended.getBody()).containsEntry("version", 2);
        assertThat(open.getStatusCode().value()).isEqualTo(409);
        assertThat(open.getBody()).containsEntry("rule", "ReportYearNotClosed");
        assertThat(noSnapshot.getStatusCode().value()).isEqualTo(400);
        assertThat(eventsOf("report:" + agency + ":" + LAST_YEAR)).isEqualTo(2);
        assertThat(eventsOf("report:" + agency + ":" + THIS_YEAR)).isZero();
    }

    @Test
    void acceptsASnapshotOnlyWhenTheFrontDoorWroteIt() {
        String agency = registerAgency();
        String path = "/api/agencies/" + agency + "/reports/" + LAST_YEAR + "/publication";
        Map<String, String> chosenNumbers = Map.of("snapshot", "{\"table\":\"my own numbers\"}");

        ResponseEntity<Map> basic = post(path, chosenNumbers);
        ResponseEntity<Map> forwarded = frontDoor.forwarded(path, chosenNumbers);
        ResponseEntity<Map> submission =
                post("/api/agencies/" + agency + "/statistics/" + LAST_YEAR + "/1/submission", chosenNumbers);
        ResponseEntity<Map> encoded = post(path.replace("publication", "%70ublication"), chosenNumbers);
        ResponseEntity<Map> matrix = post(path + ";x=1", chosenNumbers);

        assertThat(basic.getStatusCode().value()).isEqualTo(403);
        assertThat(basic.getBody()).containsEntry("rule", "SnapshotFromFrontDoorOnly");
        assertThat(forwarded.getStatusCode().value()).isEqualTo(403);
        assertThat(submission.getStatusCode().value()).isEqualTo(403);
        assertThat(encoded.getStatusCode().value()).isEqualTo(400);
        assertThat(encoded.getBody()).containsEntry("rule", "MalformedPath");
        assertThat(matrix.getStatusCode().value()).isEqualTo(400);
        assertThat(eventsOf("report:" + agency + ":" + LAST_YEAR)).isZero();
    }

    @Test
    void refusesAnAssertionReplayedOrMadeForAnotherRequest() {
        String agency = registerAgency();
        String path = "/api/agencies/" + agency + "/reports/" + LAST_YEAR + "/publication";
        byte[] body = FrontDoorAssertions.json(Map.of("snapshot", "{\"v\":1}"));
        String assertion = frontDoor.sign(PrincipalAssertion.Purpose.AUTHORED, "POST", path, body);

        ResponseEntity<Map> otherPath = frontDoor.send(
                "/api/agencies/" + agency + "/reports/" + (LAST_YEAR - 1) + "/publication", body, assertion);
        ResponseEntity<Map> otherBody =
                frontDoor.send(path, FrontDoorAssertions.json(Map.of("snapshot", "{\"v\":999}")), assertion);
        String fresh = frontDoor.sign(PrincipalAssertion.Purpose.AUTHORED, "POST", path, body);
        ResponseEntity<Map> first = frontDoor.send(path, body, fresh);
        ResponseEntity<Map> replayed = frontDoor.send(path, body, fresh);

        assertThat(otherPath.getStatusCode().value()).isEqualTo(401);
        assertThat(otherBody.getStatusCode().value()).isEqualTo(401);
        assertThat(first.getStatusCode().value()).isEqualTo(201);
        assertThat(replayed.getStatusCode().value()).isEqualTo(401);
        assertThat(eventsOf("report:" + agency + ":" + LAST_YEAR)).isEqualTo(1);
    }

    /**
     * The largest event the limits allow: a snapshot of the most characters a snapshot may have (250,000), each of
     * them three bytes in UTF-8, which is published whole: the producer's and the broker's message sizes are above it.
     */
    @Test
    void publishesTheLargestSnapshotTheLimitsAllowToTheTopic() {
        String agency = registerAgency();
        String path = "/api/agencies/" + agency + "/reports/" + LAST_YEAR + "/publication";
        int most = org.gongkai.events.InputLimits.Text.SNAPSHOT.maxLength();
        String snapshot = "[\"" + "公".repeat(most - 7) + "end\"]";
        assertThat(snapshot).hasSize(most);

        ResponseEntity<Map> published = frontDoor.authored(path, Map.of("snapshot", snapshot));

        assertThat(published.getStatusCode().value()).isEqualTo(201);
        String value = TopicRecords.awaitValueFor(
                EmbeddedInfrastructure.kafka().getBrokersAsString(), "report-it", "report:" + agency + ":" + LAST_YEAR);
        assertThat(value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .as("three bytes a character")
                .isGreaterThan(3 * (most - 7));
        assertThat(value).contains("公end");
    }

    private String registerAgency() {
        String id = "agency-" + UUID.randomUUID();
        assertThat(post("/api/agencies", Map.of("agencyId", id, "name", "托里县库普乡人民政府", "level", "TOWNSHIP"))
                        .getStatusCode()
                        .value())
                .isEqualTo(201);
        return id;
    }

    private ResponseEntity<Map> post(String path, Map<String, ?> body) {
        return http.postForEntity(path, body, Map.class);
    }

    private ResponseEntity<Map> put(String path, Map<String, ?> body) {
        return http.exchange(path, HttpMethod.PUT, new HttpEntity<>(body), Map.class);
    }

    private int eventsOf(String aggregateId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Integer.class, aggregateId);
    }
}
