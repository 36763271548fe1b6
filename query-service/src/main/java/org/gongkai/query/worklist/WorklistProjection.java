package org.gongkai.query.worklist;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.events.application.ApplicationEvent;
import org.gongkai.events.application.ApplicationReceived;
import org.gongkai.events.application.ProcessingFeeNoticeIssued;
import org.gongkai.events.application.ProcessingFeePaid;
import org.gongkai.events.application.SupplementReceived;
import org.gongkai.events.application.SupplementRequested;
import org.gongkai.query.intake.CopyText;
import org.gongkai.query.intake.EventEnvelope;
import org.gongkai.query.intake.KeysInCopies;
import org.gongkai.query.intake.Projection;
import org.gongkai.query.intake.ProjectionChanges;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the subject, the case number and the running applicant deadline (supplement, fee payment) of each
 * application. Like the counting projection it loads a batch's applications in one query and writes the changed
 * entries in one {@code unnest} upsert just before the batch commits, so a replay pays one statement per batch.
 */
@Component
class WorklistProjection implements Projection {

    private static final String SELECT = """
            select application_id, case_number, subject, supplement_due_on, payment_due_on
            from worklist_entry where application_id = any(?)
            """;
    private static final String UPSERT = """
            insert into worklist_entry (application_id, case_number, subject, supplement_due_on, payment_due_on)
            select id, case_number, subject, supplement::date, payment::date
            from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                as r(id, case_number, subject, supplement, payment)
            on conflict (application_id) do update set case_number = excluded.case_number,
                subject = excluded.subject, supplement_due_on = excluded.supplement_due_on,
                payment_due_on = excluded.payment_due_on
            """;

    /** A rebuild's new entries, certainly absent from its copy (ADR 0064): COPY, not an upsert. */
    private static final String COLUMNS =
            "worklist_entry (application_id, case_number, subject, supplement_due_on, payment_due_on)";

    private static final String TABLE = "worklist_entry";

    /**
     * The entries one transaction has loaded ({@code null} value: known to be absent), those it changed, and the
     * ids of those read from the table.
     */
    private static final class Batch {
        final Map<String, WorklistEntry> loaded = new HashMap<>();
        final Map<String, WorklistEntry> changed = new LinkedHashMap<>();
        final Set<String> stored = new HashSet<>();
    }

    private final JdbcTemplate jdbc;
    private final KeysInCopies copies;

    WorklistProjection(JdbcTemplate jdbc, KeysInCopies copies) {
        this.jdbc = jdbc;
        this.copies = copies;
    }

    @Override
    public void prepare(List<EventEnvelope> events) {
        Set<String> ids = new HashSet<>();
        for (EventEnvelope event : events) {
            if (event.payload() instanceof ApplicationEvent applicationEvent && relevant(applicationEvent)) {
                ids.add(applicationEvent.applicationId());
            }
        }
        if (!ids.isEmpty()) {
            load(batch(), ids);
        }
    }

    @Override
    public void apply(EventEnvelope event, ProjectionChanges changes) {
        if (!(event.payload() instanceof ApplicationEvent applicationEvent) || !relevant(applicationEvent)) {
            return;
        }
        Batch batch = batch();
        String id = applicationEvent.applicationId();
        load(batch, List.of(id));
        WorklistEntry before = batch.loaded.get(id);
        WorklistEntry after = next(before, applicationEvent);
        if (after != null && !after.equals(before)) {
            batch.loaded.put(id, after);
            batch.changed.put(id, after);
        }
    }

    private static boolean relevant(ApplicationEvent event) {
        return event instanceof ApplicationReceived
                || event instanceof SupplementRequested
                || event instanceof SupplementReceived
                || event instanceof ProcessingFeeNoticeIssued
                || event instanceof ProcessingFeePaid;
    }

    /** The entry after one event; an event about an application never received changes nothing. */
    static WorklistEntry next(WorklistEntry entry, ApplicationEvent event) {
        if (event instanceof ApplicationReceived received) {
            // a replayed receipt keeps the deadlines later facts set
            return new WorklistEntry(
                    received.applicationId(),
                    received.caseNumber(),
                    received.subject(),
                    entry == null ? null : entry.supplementDueOn(),
                    entry == null ? null : entry.paymentDueOn());
        }
        if (entry == null) {
            return null;
        }
        if (event instanceof SupplementRequested requested) {
            return entry.withSupplementDueOn(requested.supplementDueOn());
        }
        if (event instanceof SupplementReceived) {
            return entry.withSupplementDueOn(null);
        }
        if (event instanceof ProcessingFeeNoticeIssued notice) {
            return entry.withPaymentDueOn(notice.paymentDueOn());
        }
        return event instanceof ProcessingFeePaid ? entry.withPaymentDueOn(null) : entry;
    }

    private void load(Batch batch, Collection<String> ids) {
        List<String> unknown =
                ids.stream().filter(id -> !batch.loaded.containsKey(id)).toList();
        unknown.forEach(id -> batch.loaded.put(id, null));
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
                        batch.stored.add(rs.getString(1));
                        batch.loaded.put(
                                rs.getString(1),
                                new WorklistEntry(
                                        rs.getString(1),
                                        rs.getString(2),
                                        rs.getString(3),
                                        rs.getObject(4, LocalDate.class),
                                        rs.getObject(5, LocalDate.class)));
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
            public void beforeCommit(boolean readOnly) {
                write(batch);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(WorklistProjection.this);
            }
        });
        return batch;
    }

    private void write(Batch batch) {
        if (batch.changed.isEmpty()) {
            return;
        }
        List<WorklistEntry> rows = List.copyOf(batch.changed.values());
        // in a rebuild's copy, which only this batch writes, an entry not read from it is certainly new
        List<WorklistEntry> appended = copies.inCopies()
                ? rows.stream()
                        .filter(row -> !batch.stored.contains(row.applicationId()))
                        .toList()
                : List.of();
        List<WorklistEntry> upserted = appended.isEmpty()
                ? rows
                : rows.stream()
                        .filter(row -> batch.stored.contains(row.applicationId()))
                        .toList();
        appended.forEach(row -> copies.written(TABLE, row.applicationId()));
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            if (!upserted.isEmpty()) {
                upsert(connection, upserted);
            }
            if (!appended.isEmpty()) {
                append(connection, appended);
            }
            return null;
        });
        batch.changed.clear();
    }

    private static void append(Connection connection, List<WorklistEntry> rows) throws SQLException {
        CopyText text = new CopyText(rows.size());
        for (WorklistEntry e : rows) {
            text.value(e.applicationId())
                    .value(e.caseNumber())
                    .value(e.subject())
                    .value(e.supplementDueOn())
                    .value(e.paymentDueOn())
                    .endRow();
        }
        text.copyInto(connection, COLUMNS);
    }

    private static void upsert(Connection connection, List<WorklistEntry> rows) throws SQLException {
        int n = rows.size();
        String[][] columns = new String[5][n];
        for (int i = 0; i < n; i++) {
            WorklistEntry e = rows.get(i);
            columns[0][i] = e.applicationId();
            columns[1][i] = e.caseNumber();
            columns[2][i] = e.subject();
            columns[3][i] =
                    e.supplementDueOn() == null ? null : e.supplementDueOn().toString();
            columns[4][i] = e.paymentDueOn() == null ? null : e.paymentDueOn().toString();
        }
        try (PreparedStatement statement = connection.prepareStatement(UPSERT)) {
            for (int c = 0; c < columns.length; c++) {
                statement.setArray(c + 1, connection.createArrayOf("text", columns[c]));
            }
            statement.executeUpdate();
        }
    }

    @Override
    public List<String> tables() {
        return List.of("worklist_entry");
    }
}
