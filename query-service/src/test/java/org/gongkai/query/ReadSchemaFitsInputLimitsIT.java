package org.gongkai.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.gongkai.events.InputLimits;
import org.gongkai.events.InputLimits.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every read column that stores an input is at least as wide as the input's limit (ADR 0017), on the schema the
 * migrations build on real PostgreSQL: an accepted fact must never fail its projection for want of room. A
 * column that is renamed or narrowed fails here, not in production with the partition stalled behind it.
 */
class ReadSchemaFitsInputLimitsIT {

    /** Read columns that hold text of the request as it was sent, with the limit of that text. */
    private static final Map<String, Integer> TEXT_COLUMNS = new LinkedHashMap<>();

    static {
        TEXT_COLUMNS.put("agency.name", Text.NAME.maxLength());
        TEXT_COLUMNS.put("regulatory_document.title", Text.TITLE.maxLength());
        TEXT_COLUMNS.put("regulatory_document.document_number", Text.DOCUMENT_NUMBER.maxLength());
        TEXT_COLUMNS.put("report_narrative.text", Text.NARRATIVE.maxLength());
        TEXT_COLUMNS.put("report_publication.reason", Text.REASON.maxLength());
        TEXT_COLUMNS.put("report_publication.snapshot", Text.SNAPSHOT.maxLength());
        TEXT_COLUMNS.put("statistics_submission.reason", Text.REASON.maxLength());
        TEXT_COLUMNS.put("statistics_submission.snapshot", Text.SNAPSHOT.maxLength());
        // the whole event as JSON: subject, reasons and every other text of an application's facts
        TEXT_COLUMNS.put("application_fact.payload", Text.SNAPSHOT.maxLength());
        TEXT_COLUMNS.put("report_fact.payload", Text.SNAPSHOT.maxLength());
        TEXT_COLUMNS.put("app_user.username", InputLimits.USERNAME_MAX_LENGTH);
        TEXT_COLUMNS.put("application_fact.recorded_by", InputLimits.USERNAME_MAX_LENGTH);
        TEXT_COLUMNS.put("report_publication.published_by", InputLimits.USERNAME_MAX_LENGTH);
        TEXT_COLUMNS.put("statistics_submission.submitted_by", InputLimits.USERNAME_MAX_LENGTH);
    }

    private static final List<String> AMOUNT_COLUMNS =
            List.of("administrative_fee.amount_yuan", "processing_fee.amount_yuan");
    private static final List<String> COUNT_COLUMNS = List.of("decision_tally.count");

    record Column(String name, String type, Integer length, Integer precision, Integer scale) {}

    private static Map<String, Column> columns;

    @BeforeAll
    static void migrate() {
        DataSource database = TestInfrastructure.migratedDatabase("read_schema_limits");
        columns = new LinkedHashMap<>();
        new JdbcTemplate(database).query("""
                        select table_name, column_name, data_type, character_maximum_length, numeric_precision,
                               numeric_scale
                        from information_schema.columns where table_schema = 'public'
                        """, rs -> {
            String name = rs.getString(1) + "." + rs.getString(2);
            columns.put(
                    name,
                    new Column(name, rs.getString(3), (Integer) rs.getObject(4), (Integer) rs.getObject(5), (Integer)
                            rs.getObject(6)));
        });
    }

    @Test
    void everyTextColumnHoldsTheLongestTextOfItsKind() {
        List<String> narrow = new ArrayList<>();
        TEXT_COLUMNS.forEach((name, limit) -> {
            Column column = column(name);
            if (column.length() != null && column.length() < limit) {
                narrow.add(name + " is " + column.type() + "(" + column.length() + "), its input may have " + limit);
            }
        });
        assertThat(narrow).isEmpty();
    }

    @Test
    void everyIdColumnHoldsTheLongestStreamKey() {
        List<Column> ids = columns.values().stream()
                .filter(c -> c.name().endsWith("_id") && c.length() != null)
                .toList();
        assertThat(ids).extracting(Column::name).contains("application.application_id", "agency.agency_id");
        assertThat(ids)
                .allSatisfy(c ->
                        assertThat(c.length()).as(c.name()).isGreaterThanOrEqualTo(InputLimits.STREAM_KEY_MAX_LENGTH));
    }

    @Test
    void everyAmountColumnHoldsTheLargestAmountToTheFen() {
        for (String name : AMOUNT_COLUMNS) {
            Column column = column(name);
            assertThat(column.type()).as(name).isEqualTo("numeric");
            assertThat(column.scale()).as(name).isEqualTo(InputLimits.YUAN_SCALE);
            assertThat(column.precision() - column.scale())
                    .as(name + " digits before the point")
                    .isGreaterThanOrEqualTo(InputLimits.YUAN_PRECISION - InputLimits.YUAN_SCALE);
        }
    }

    @Test
    void everyCountColumnHoldsTheLargestCount() {
        for (String name : COUNT_COLUMNS) {
            Column column = column(name);
            assertThat(column.type()).as(name).isEqualTo("bigint");
            assertThat(InputLimits.MAX_COUNT).isLessThanOrEqualTo(Long.MAX_VALUE / 1_000_000_000L);
        }
    }

    private static Column column(String name) {
        assertThat(columns).as("the read schema has " + name).containsKey(name);
        return columns.get(name);
    }
}
