package org.gongkai.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.gongkai.query.intake.ProjectionConsumer;
import org.junit.jupiter.api.Test;

/**
 * The query side's database goes away under a running stack and comes back: the projection consumer recovers by
 * itself and counts exactly. The outage is made inside the shared PostgreSQL server (the command side keeps its
 * database): every session of {@code gongkai_query} is terminated and new ones are refused
 * ({@code ALLOW_CONNECTIONS false}) while writes continue, then connections are allowed again. To the query
 * service this is what a restart of its own PostgreSQL looks like: broken pooled connections, then refused ones.
 *
 * <p>The pools wait 3 s for a connection instead of Hikari's 30: the consumer meets the outage that much sooner, and
 * the recovery tested is the same.
 */
@StackSystemProperties("spring.datasource.hikari.connection-timeout=3000")
class QueryDatabaseOutageIT extends RunningStack {

    @Test
    void catchesUpExactlyByItselfAfterItsDatabaseDroppedEveryConnectionAndRefusedNewOnes() throws Exception {
        String agency = frontDoor.register("托里县人民政府");
        receive(agency, 5);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        assertThat(frontDoor.total(agency, YEAR, "RECEIVED")).isEqualTo(5));

        ProjectionConsumer consumer = stack.queryService().getBean(ProjectionConsumer.class);
        long failedBefore = consumer.failedBatches();
        long appliedBefore = consumer.appliedEvents();

        admin("alter database gongkai_query allow_connections false");
        admin("select pg_terminate_backend(pid) from pg_stat_activity where datname = 'gongkai_query'");
        receive(agency, 10);
        // The outage lasts until the consumer has met it: a batch carrying the new events failed and was rewound,
        // and none of them was applied. Only then is the database let back in, so recovery is what is tested.
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> consumer.failedBatches() > failedBefore);
            assertThat(canConnect()).isFalse();
            assertThat(consumer.appliedEvents()).isEqualTo(appliedBefore);
        } finally {
            admin("alter database gongkai_query allow_connections true");
        }

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() ->
                        assertThat(frontDoor.row(agency, YEAR, "RECEIVED")).containsExactly(15, 0, 0, 0, 0, 0, 15));
        assertThat(consumer.appliedEvents()).isGreaterThanOrEqualTo(appliedBefore + 10);
        // operators see the outage in the metrics too
        String metrics = frontDoor.fetch("/actuator/prometheus").body();
        assertThat(metrics).containsPattern("gongkai_projection_failed_batches_total(\\{[^}]*\\})? [1-9]");
        // an outage is waited out, never taken for a bad event (ADR 0018)
        assertThat(frontDoor.get("/api/admin/quarantine?all=true").path("entries"))
                .isEmpty();
    }

    private static void receive(String agency, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            frontDoor.post(
                    "/api/applications",
                    Map.of(
                            "agencyId",
                            agency,
                            "receivedOn",
                            YEAR + "-04-0" + (1 + i % 9),
                            "channel",
                            "ONLINE",
                            "applicantType",
                            "NATURAL_PERSON"));
        }
    }

    private static boolean canConnect() {
        try (Connection connection = stack.infrastructure().database().connect("gongkai_query")) {
            return connection.isValid(2);
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    private static void admin(String sql) throws Exception {
        try (Connection connection = stack.infrastructure().database().connect("postgres");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
