package org.gongkai.query.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.ApplicationEvent;
import org.gongkai.events.application.Channel;
import org.gongkai.events.application.Outcome;
import org.gongkai.query.intake.CopyText;
import org.gongkai.query.intake.EventEnvelope;
import org.gongkai.query.intake.KeysInCopies;
import org.gongkai.query.intake.Projection;
import org.gongkai.query.intake.ProjectionChanges;
import org.gongkai.query.intake.WireFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Feeds the application read model, its fact list and the table 三 tally from the Application stream.
 *
 * <p>Written with plain JDBC, not JPA, because replay speed depends on it (ADR 0013): a batch loads the
 * applications it touches in one query, folds all their events in memory (an application received and decided in
 * one batch is one row write, not an insert and an update), and just before the batch commits writes every
 * changed application in one multi-row upsert and every new fact in one multi-row insert ({@code unnest} of
 * arrays: one statement and one round trip per table, whatever the batch size).
 */
@Component
class ApplicationProjection implements Projection {

    private static final Logger log = LoggerFactory.getLogger(ApplicationProjection.class);

    private static final String SELECT = """
            select application_id, agency_id, applicant_type, channel, received_on, due_on, outcome, closed_on
            from application where application_id = any(?)
            """;
    private static final String UPSERT = """
            insert into application (application_id, agency_id, applicant_type, channel, received_on, due_on,
                                     outcome, closed_on, recorded_at)
            select id, agency, applicant_type, channel, received::date, due::date, outcome, closed::date,
                   recorded::timestamptz
            from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::text[]) as r(id, agency, applicant_type, channel, received, due, outcome, closed, recorded)
            on conflict (application_id) do update set agency_id = excluded.agency_id,
                applicant_type = excluded.applicant_type, channel = excluded.channel,
                received_on = excluded.received_on, due_on = excluded.due_on, outcome = excluded.outcome,
                closed_on = excluded.closed_on
            """;
    /** A rebuild's new rows, certainly absent from its copy (ADR 0064): COPY, not an upsert. */
    private static final String APPLICATION_COLUMNS = "application (application_id, agency_id, applicant_type,"
            + " channel, received_on, due_on, outcome, closed_on, recorded_at)";
    /** Facts are append-only (redeliveries are filtered by the watermarks before): COPY, not INSERT. */
    private static final String FACT_COLUMNS =
            "application_fact (application_id, sequence_no, event_type, recorded_at, recorded_by, payload)";

    /**
     * One application as the batch sees it; {@code recordedAt} is only written when the row is new; {@code stored}:
     * the row was read from the table.
     */
    private static final class Row {
        ApplicationFacts facts;
        final Instant recordedAt;
        final boolean stored;
        boolean changed;

        Row(ApplicationFacts facts, Instant recordedAt, boolean stored) {
            this.facts = facts;
            this.recordedAt = recordedAt;
            this.stored = stored;
        }
    }

    private record Fact(
            String applicationId, long sequence, String type, Instant recordedAt, String recordedBy, String payload) {}

    /** What one transaction has loaded and changed; written in {@code beforeCommit}. */
    private final class Batch {
        final Map<String, Row> rows = new LinkedHashMap<>();
        final Set<String> absent = new HashSet<>();
        final List<Fact> facts = new ArrayList<>();

        Row find(String applicationId) {
            Row row = rows.get(applicationId);
            if (row != null || absent.contains(applicationId)) {
                return row;
            }
            load(this, List.of(applicationId));
            return rows.get(applicationId);
        }
    }

    private static final String TABLE = "application";

    private final JdbcTemplate jdbc;
    private final TallyWriter tally;
    private final KeysInCopies copies;
    private final ObjectMapper mapper = WireFormat.objectMapper();

    ApplicationProjection(TallyWriter tally, KeysInCopies copies, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.tally = tally;
        this.copies = copies;
    }

    @Override
    public void apply(EventEnvelope event, ProjectionChanges changes) {
        if (!(event.payload() instanceof ApplicationEvent applicationEvent)) {
            return;
        }
        Batch batch = batch();
        String id = applicationEvent.applicationId();
        Row row = batch.find(id);
        ApplicationCounting.Transition transition =
                ApplicationCounting.apply(row == null ? null : row.facts, applicationEvent);
        if (transition.next() == null) {
            log.warn("{} for unknown application {} ignored", event.type(), id);
            return;
        }
        if (row == null) {
            row = new Row(transition.next(), event.recordedAt(), false);
            batch.rows.put(id, row);
            batch.absent.remove(id);
        } else {
            row.facts = transition.next();
        }
        row.changed = true;
        if (event.sequence() >= 0) {
            batch.facts.add(new Fact(
                    id,
                    event.sequence(),
                    event.type(),
                    event.recordedAt(),
                    event.recordedBy(),
                    json(event, applicationEvent)));
        }
        tally.add(transition.deltas(), changes.intoCopies());
        changes.agencyChanged(transition.next().agencyId());
    }

    /** Loads the batch's applications in one query; the ids not found are new and cost no look-up later. */
    @Override
    public void prepare(List<EventEnvelope> events) {
        Set<String> ids = new HashSet<>();
        for (EventEnvelope event : events) {
            if (event.payload() instanceof ApplicationEvent applicationEvent) {
                ids.add(applicationEvent.applicationId());
            }
        }
        if (!ids.isEmpty()) {
            load(batch(), ids);
        }
    }

    /**
     * The agency of an application as this transaction sees it (including applications received earlier in the
     * same, not yet written, batch), or null when it is unknown.
     */
    String agencyOf(String applicationId) {
        Row row = batch().find(applicationId);
        return row == null ? null : row.facts.agencyId();
    }

    /** The application as this transaction sees it (see {@link #agencyOf}), or null when it is unknown. */
    ApplicationFacts factsOf(String applicationId) {
        Row row = batch().find(applicationId);
        return row == null ? null : row.facts;
    }

    private void load(Batch batch, Collection<String> ids) {
        List<String> unknown = ids.stream()
                .filter(id -> !batch.rows.containsKey(id) && !batch.absent.contains(id))
                .toList();
        batch.absent.addAll(unknown);
        // a rebuild's copy certainly lacks most of them (ADR 0064): only the others are looked up
        List<String> missing =
                unknown.stream().filter(id -> copies.mayHold(TABLE, id)).toList();
        if (missing.isEmpty()) {
            return;
        }
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT)) {
                select.setArray(1, connection.createArrayOf("text", missing.toArray()));
                try (var rs = select.executeQuery()) {
                    while (rs.next()) {
                        ApplicationFacts facts = new ApplicationFacts(
                                rs.getString(1),
                                rs.getString(2),
                                ApplicantType.valueOf(rs.getString(3)),
                                Channel.valueOf(rs.getString(4)),
                                rs.getObject(5, LocalDate.class),
                                rs.getObject(6, LocalDate.class),
                                rs.getString(7) == null ? null : Outcome.valueOf(rs.getString(7)),
                                rs.getObject(8, LocalDate.class));
                        batch.rows.put(facts.applicationId(), new Row(facts, null, true));
                        batch.absent.remove(facts.applicationId());
                    }
                }
            }
            return null;
        });
    }

    private Batch batch() {
        Object bound = TransactionSynchronizationManager.getResource(this);
        if (bound != null) {
            return (Batch) bound;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("application events must be applied inside a transaction");
        }
        Batch batch = new Batch();
        TransactionSynchronizationManager.bindResource(this, batch);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public int getOrder() {
                return 0; // before the tally writer, so a failing row write fails the batch before anything else
            }

            @Override
            public void beforeCommit(boolean readOnly) {
                write(batch);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(ApplicationProjection.this);
            }
        });
        return batch;
    }

    private void write(Batch batch) {
        List<Row> changed =
                batch.rows.values().stream().filter(row -> row.changed).toList();
        if (changed.isEmpty() && batch.facts.isEmpty()) {
            return;
        }
        // in a rebuild's copy, which only this batch writes, a row not read from it is certainly new
        List<Row> appended =
                copies.inCopies() ? changed.stream().filter(row -> !row.stored).toList() : List.of();
        List<Row> upserted = appended.isEmpty()
                ? changed
                : changed.stream().filter(row -> row.stored).toList();
        appended.forEach(row -> copies.written(TABLE, row.facts.applicationId()));
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            if (!upserted.isEmpty()) {
                upsert(connection, upserted);
            }
            if (!appended.isEmpty()) {
                append(connection, appended);
            }
            if (!batch.facts.isEmpty()) {
                insertFacts(connection, batch.facts);
            }
            return null;
        });
        changed.forEach(row -> row.changed = false);
        batch.facts.clear();
    }

    private static void upsert(Connection connection, List<Row> rows) throws SQLException {
        int n = rows.size();
        String[][] columns = new String[9][n];
        for (int i = 0; i < n; i++) {
            ApplicationFacts f = rows.get(i).facts;
            columns[0][i] = f.applicationId();
            columns[1][i] = f.agencyId();
            columns[2][i] = f.applicantType().name();
            columns[3][i] = f.channel().name();
            columns[4][i] = text(f.receivedOn());
            columns[5][i] = text(f.dueOn());
            columns[6][i] = f.outcome() == null ? null : f.outcome().name();
            columns[7][i] = text(f.closedOn());
            columns[8][i] = text(rows.get(i).recordedAt);
        }
        execute(connection, UPSERT, columns);
    }

    private static void append(Connection connection, List<Row> rows) throws SQLException {
        CopyText text = new CopyText(rows.size());
        for (Row row : rows) {
            ApplicationFacts f = row.facts;
            text.value(f.applicationId())
                    .value(f.agencyId())
                    .value(f.applicantType().name())
                    .value(f.channel().name())
                    .value(f.receivedOn())
                    .value(f.dueOn())
                    .value(f.outcome() == null ? null : f.outcome().name())
                    .value(f.closedOn())
                    .value(row.recordedAt)
                    .endRow();
        }
        text.copyInto(connection, APPLICATION_COLUMNS);
    }

    private static void insertFacts(Connection connection, List<Fact> facts) throws SQLException {
        CopyText rows = new CopyText(facts.size());
        for (Fact fact : facts) {
            rows.value(fact.applicationId())
                    .value(fact.sequence())
                    .value(fact.type())
                    .value(fact.recordedAt())
                    .value(fact.recordedBy())
                    .value(fact.payload())
                    .endRow();
        }
        rows.copyInto(connection, FACT_COLUMNS);
    }

    private static void execute(Connection connection, String sql, String[][] columns) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int c = 0; c < columns.length; c++) {
                Array array = connection.createArrayOf("text", columns[c]);
                statement.setArray(c + 1, array);
            }
            statement.executeUpdate();
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private String json(EventEnvelope event, ApplicationEvent payload) {
        try {
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event.type() + " as JSON", e);
        }
    }

    /** The tally sums held back during the rebuild go to the copies now (ADR 0056). */
    @Override
    public void caughtUp() {
        tally.writeHeld();
    }

    @Override
    public List<String> tables() {
        return List.of("application", "application_fact", "application_tally");
    }
}
