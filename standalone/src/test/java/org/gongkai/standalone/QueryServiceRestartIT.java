package org.gongkai.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.ApplicationReceived;
import org.gongkai.events.application.Channel;
import org.gongkai.events.application.DecisionRecorded;
import org.gongkai.events.application.Outcome;
import org.gongkai.query.intake.ProjectionConsumer;
import org.junit.jupiter.api.Test;

/**
 * The query service stopped while its consumer is in the middle of a long stream of events, and started again:
 * every count is exact, nothing is applied twice (the tally is additive, so a batch applied twice would show).
 */
class QueryServiceRestartIT extends RunningStack {

    private static final int APPLICATIONS = 15_000;

    @Test
    void countsEveryEventOnceWhenStoppedInTheMiddleOfAStreamAndStartedAgain() throws Exception {
        String agency = frontDoor.register("托里县库普乡人民政府");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> frontDoor.status("/api/agencies/" + agency + "/reports/" + YEAR) == 200);
        try (WireEvents wire = new WireEvents(stack)) {
            for (int i = 0; i < APPLICATIONS; i++) {
                String id = agency + "-application-" + i;
                LocalDate receivedOn = LocalDate.of(YEAR, 1, 1).plusDays(i % 300);
                wire.send(
                        id,
                        0,
                        new ApplicationReceived(
                                id,
                                agency,
                                receivedOn,
                                Channel.ONLINE,
                                i % 2 == 0 ? ApplicantType.NATURAL_PERSON : ApplicantType.COMMERCIAL_ENTERPRISE,
                                null,
                                receivedOn.plusDays(28)));
                wire.send(id, 1, new DecisionRecorded(id, Outcome.DISCLOSED, receivedOn.plusDays(3)));
            }
            wire.flush();
        }
        ProjectionConsumer consumer = stack.queryService().getBean(ProjectionConsumer.class);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(10))
                .until(() -> consumer.appliedEvents() > 0);

        stack.restartQueryService();
        long appliedBeforeRestart = consumer.appliedEvents();

        assertThat(appliedBeforeRestart)
                .as("stopped in the middle of the stream")
                .isLessThan(2L * APPLICATIONS);
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            assertThat(frontDoor.row(agency, YEAR, "RECEIVED"))
                    .containsExactly(APPLICATIONS / 2, APPLICATIONS / 2, 0, 0, 0, 0, APPLICATIONS);
            assertThat(frontDoor.total(agency, YEAR, "DISCLOSED")).isEqualTo(APPLICATIONS);
            assertThat(frontDoor.total(agency, YEAR, "CARRIED_FORWARD")).isZero();
        });
        assertThat(factsOf(agency)).isEqualTo(2L * APPLICATIONS);
    }

    private static long factsOf(String agency) throws Exception {
        try (Connection connection = stack.infrastructure().database().connect("gongkai_query");
                PreparedStatement query = connection.prepareStatement(
                        "select count(*) from application_fact where application_id like ?")) {
            query.setString(1, agency + "-application-%");
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
