package org.gongkai.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
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

    private static final AtomicInteger NEXT_ID = new AtomicInteger();

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

    /**
     * A PostgreSQL that crashes with batches committed but not yet flushed (ADR 0054), or that is restored from a
     * backup, comes back without the last batches while the query service lives on, its Kafka consumer already past
     * their records. Here the read database is put back, table by table in one transaction, to what it held before
     * the last four applications were applied: exactly what such a database holds. The next write's batch must find
     * that out and the consumer read the four again (ADR 0060), not go on from where it was and never count them.
     */
    @Test
    void readsAgainWhatItsDatabaseLostAfterTheCommitWhileTheServiceRanOn() throws Exception {
        String agency = frontDoor.register("托里县人民政府办公室");
        receive(agency, 5);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        assertThat(frontDoor.total(agency, YEAR, "RECEIVED")).isEqualTo(5));
        ProjectionConsumer consumer = stack.queryService().getBean(ProjectionConsumer.class);
        Map<String, String> tables = readModelTables();
        query("drop schema if exists lost_tail cascade");
        query("create schema lost_tail");
        try {
            for (String table : tables.keySet()) {
                query("create table lost_tail." + table + " as select * from public." + table);
            }
            // the tail to lose lies on one partition, the write that finds it on another: a batch must check the
            // positions of every partition it reads, not only of those it carries
            List<String> onPartitionZero = idsOnPartition(0, 4);
            for (String id : onPartitionZero) {
                receive(agency, id);
            }
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(frontDoor.total(agency, YEAR, "RECEIVED"))
                            .isEqualTo(9));
            long failedBefore = consumer.failedBatches();

            try (Connection connection = stack.infrastructure().database().connect("gongkai_query");
                    Statement statement = connection.createStatement()) {
                connection.setAutoCommit(false);
                statement.execute("set local session_replication_role = replica"); // no foreign-key order
                for (var table : tables.entrySet()) {
                    statement.execute("delete from public." + table.getKey());
                    statement.execute("insert into public." + table.getKey() + " (" + table.getValue()
                            + ") overriding system value select " + table.getValue() + " from lost_tail."
                            + table.getKey());
                }
                connection.commit();
            }
            assertThat(countedInTable(agency)).as("the restored database").isEqualTo(5);

            receive(agency, idsOnPartition(1, 1).get(0));
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() ->
                            assertThat(frontDoor.row(agency, YEAR, "RECEIVED")).containsExactly(10, 0, 0, 0, 0, 0, 10));
            assertThat(countedInTable(agency)).isEqualTo(10);
            assertThat(consumer.failedBatches())
                    .as("the batch that found the lost tail was rewound")
                    .isGreaterThan(failedBefore);
            assertThat(frontDoor.get("/api/admin/quarantine?all=true").path("entries"))
                    .isEmpty();
        } finally {
            query("drop schema if exists lost_tail cascade");
        }
    }

    /** Every table of the read database (Flyway's history aside), with its columns that are not computed. */
    private static Map<String, String> readModelTables() throws Exception {
        Map<String, String> tables = new java.util.TreeMap<>();
        try (Connection connection = stack.infrastructure().database().connect("gongkai_query");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select c.table_name, string_agg(quote_ident(c.column_name), ', ' order by c.ordinal_position)
                        from information_schema.columns c
                        join information_schema.tables t
                          on t.table_schema = c.table_schema and t.table_name = c.table_name
                        where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
                          and c.table_name <> 'flyway_schema_history' and c.is_generated = 'NEVER'
                        group by c.table_name
                        """)) {
            while (rows.next()) {
                tables.put(rows.getString(1), rows.getString(2));
            }
        }
        assertThat(tables).containsKeys("consumer_offset", "aggregate_watermark", "application_tally");
        return tables;
    }

    private static long countedInTable(String agency) throws Exception {
        try (Connection connection = stack.infrastructure().database().connect("gongkai_query");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select coalesce(sum(count), 0) from application_tally where row_code = 'RECEIVED'"
                                + " and agency_id = '" + agency + "'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void query(String sql) throws Exception {
        try (Connection connection = stack.infrastructure().database().connect("gongkai_query");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
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

    private static void receive(String agency, String applicationId) throws Exception {
        frontDoor.post(
                "/api/applications",
                Map.of(
                        "applicationId",
                        applicationId,
                        "agencyId",
                        agency,
                        "receivedOn",
                        YEAR + "-05-06",
                        "channel",
                        "ONLINE",
                        "applicantType",
                        "NATURAL_PERSON"));
    }

    /**
     * New application ids whose events Kafka's default partitioner puts on {@code partition} of the stack's topic
     * (the aggregate id is the record key; murmur2 of it, modulo the partition count).
     */
    private static List<String> idsOnPartition(int partition, int count) {
        int partitions = stack.commandService().getEnvironment().getProperty("gongkai.kafka.partitions", Integer.class);
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; ids.size() < count; i++) {
            String id = "outage-" + partition + "-" + NEXT_ID.incrementAndGet();
            byte[] key = id.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            if (org.apache.kafka.common.utils.Utils.toPositive(org.apache.kafka.common.utils.Utils.murmur2(key))
                            % partitions
                    == partition) {
                ids.add(id);
            }
        }
        return ids;
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
