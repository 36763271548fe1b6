package org.gongkai.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.ApplicationReceived;
import org.gongkai.events.application.Channel;
import org.junit.jupiter.api.Test;

/**
 * An application's next event arrives after a long quiet pause (longer than the consumer's metadata refresh and
 * idle poll cycles), together with a late redelivery of its first event: both are handled exactly.
 */
class LateEventsIT extends RunningStack {

    private static final Duration PAUSE = Duration.ofSeconds(15);

    @Test
    void countsADecisionArrivingAfterALongPauseOnceAndIgnoresTheLateRedeliveryOfTheReceipt() throws Exception {
        String agency = frontDoor.register("托里县人民政府办公室");
        String application = "late-" + UUID.randomUUID();
        LocalDate receivedOn = LocalDate.of(YEAR, 6, 3);
        frontDoor.post(
                "/api/applications",
                Map.of(
                        "applicationId",
                        application,
                        "agencyId",
                        agency,
                        "receivedOn",
                        receivedOn.toString(),
                        "channel",
                        "EMAIL",
                        "applicantType",
                        "RESEARCH_INSTITUTION"));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        assertThat(frontDoor.total(agency, YEAR, "RECEIVED")).isEqualTo(1));

        // nothing happens for a while; the counts stay as they are
        await().during(PAUSE)
                .atMost(PAUSE.plusSeconds(10))
                .untilAsserted(() -> assertThat(frontDoor.total(agency, YEAR, "CARRIED_FORWARD"))
                        .isEqualTo(1));

        frontDoor.post(
                "/api/applications/" + application + "/decision",
                Map.of(
                        "outcome",
                        "PARTIALLY_DISCLOSED",
                        "decidedOn",
                        receivedOn.plusDays(12).toString()));
        try (WireEvents wire = new WireEvents(stack)) {
            wire.send(
                    application,
                    0,
                    new ApplicationReceived(
                            application,
                            agency,
                            receivedOn,
                            Channel.EMAIL,
                            ApplicantType.RESEARCH_INSTITUTION,
                            null,
                            receivedOn.plusDays(28)));
            wire.flush();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(frontDoor.row(agency, YEAR, "RECEIVED")).containsExactly(0, 0, 1, 0, 0, 0, 1);
            assertThat(frontDoor.row(agency, YEAR, "PARTIALLY_DISCLOSED")).containsExactly(0, 0, 1, 0, 0, 0, 1);
            assertThat(frontDoor.total(agency, YEAR, "CARRIED_FORWARD")).isZero();
            JsonNode facts = frontDoor.get("/api/applications/" + application).path("facts");
            assertThat(facts.findValuesAsText("type")).containsExactly("ApplicationReceived", "DecisionRecorded");
        });
        assertThat(frontDoor.total(agency, YEAR, "RECEIVED")).isEqualTo(1);
    }
}
