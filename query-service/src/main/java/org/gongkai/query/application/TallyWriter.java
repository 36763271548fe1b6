package org.gongkai.query.application;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Adds deltas to the quarterly tally. Deltas of one transaction are summed per cell and written in one batch just
 * before it commits (in key order, so concurrent writers cannot deadlock), instead of one statement per event.
 *
 * <p>During a rebuild (ADR 0056) the sums of committed batches are held in memory across batches, up to
 * {@code gongkai.query.rebuild.held-tally-cells} (50,000) cells, and written with a later batch or when the rebuild
 * has caught up: a replay touches the same cells and the same few ancestors' roll-ups again and again, and nobody
 * reads the copies before the swap. A crash loses nothing that counts, because an interrupted rebuild is dropped
 * whole. A rebuild writes the tally cells alone and sums all roll-ups once, when it has caught up (ADR 0058).
 */
@Component
class TallyWriter {

    /** What one transaction adds; {@code heldWritten}: the held cells went out with it. */
    private static final class Pending {
        final Map<String, Object[]> cells = new TreeMap<>();
        boolean intoCopies;
        boolean heldWritten;
        boolean rolledUp;
    }

    /** A live batch of 2,000 events has about 4,000 cells: one statement. */
    static final int STATEMENT_ROWS = 5_000;

    /**
     * A live batch's cells and, in the same statement and transaction, the roll-up of every ancestor the agency was
     * always under (ADR 0043), so that a committed tally and its roll-ups never disagree.
     */
    private static final String WITH_ROLL_UP = """
            with delta as (
                select * from unnest(?::text[], ?::int[], ?::int[], ?::text[], ?::text[], ?::bigint[])
                    as d(agency_id, year, quarter, applicant_type, row_code, count)
            ), tally as (
                insert into application_tally (agency_id, year, quarter, applicant_type, row_code, count)
                select * from delta
                on conflict (agency_id, year, quarter, applicant_type, row_code)
                do update set count = application_tally.count + excluded.count
            )
            insert into tally_rollup (ancestor_id, year, quarter, applicant_type, row_code, count)
            select c.ancestor_id, d.year, d.quarter, d.applicant_type, d.row_code, sum(d.count)
            from delta d
            join agency_closure c
              on c.descendant_id = d.agency_id and c.permanent and c.ancestor_id <> c.descendant_id
            group by c.ancestor_id, d.year, d.quarter, d.applicant_type, d.row_code
            order by 1, 2, 3, 4, 5
            on conflict (ancestor_id, year, quarter, applicant_type, row_code)
            do update set count = tally_rollup.count + excluded.count
            """;

    /** A rebuild's cells alone: its roll-ups are summed once it has caught up. */
    private static final String TALLY_ONLY = """
            insert into application_tally (agency_id, year, quarter, applicant_type, row_code, count)
            select * from unnest(?::text[], ?::int[], ?::int[], ?::text[], ?::text[], ?::bigint[])
            on conflict (agency_id, year, quarter, applicant_type, row_code)
            do update set count = application_tally.count + excluded.count
            """;

    private final JdbcTemplate jdbc;
    private final int heldCells;
    private final int statementRows;
    // Sums of committed rebuild batches not written yet. Only the projection's batches touch it, one at a time
    // (BatchApplier's lock), and only after their commit, so a rolled-back batch never leaves anything in it.
    // A hash map: every rebuild batch merges its cells into up to 50,000 held ones (a tree map's string comparisons
    // were a tenth of the projection thread's CPU in a replay); they are put in key order when written.
    private final Map<String, Object[]> held = new HashMap<>();
    // The copy's roll-ups were summed from its tally as it is now. A swap that cannot take its locks is tried again
    // on every turn of the consumer: the sum is not done again unless a rebuild batch added to the tally since.
    private boolean rollUpsCurrent;

    @Autowired
    TallyWriter(JdbcTemplate jdbc, @Value("${gongkai.query.rebuild.held-tally-cells:50000}") int heldCells) {
        this(jdbc, heldCells, STATEMENT_ROWS);
    }

    TallyWriter(JdbcTemplate jdbc, int heldCells, int statementRows) {
        this.jdbc = jdbc;
        this.heldCells = heldCells;
        this.statementRows = statementRows;
    }

    /** Adds the deltas to this transaction's sums; {@code intoCopies}: the transaction writes a rebuild's copies. */
    void add(List<TallyDelta> deltas, boolean intoCopies) {
        if (deltas.isEmpty()) {
            return;
        }
        Pending pending = pending();
        pending.intoCopies |= intoCopies;
        if (intoCopies) {
            rollUpsCurrent = false;
        }
        for (TallyDelta delta : deltas) {
            String key = String.join(
                    "\u0000",
                    delta.agencyId(),
                    String.valueOf(delta.quarter().year()),
                    String.valueOf(delta.quarter().quarter()),
                    delta.applicantType().name(),
                    delta.row());
            pending.cells.merge(key, row(delta), TallyWriter::sum);
        }
    }

    /**
     * Writes the held sums in the current transaction (the rebuild's copies), then the roll-ups of the whole copy:
     * called once it has caught up.
     */
    void writeHeld() {
        Pending pending = pending();
        pending.intoCopies = true;
        writeHeldWith(pending);
        if (!rollUpsCurrent) {
            rollUpEverything();
            pending.rolledUp = true;
        }
    }

    int cellsHeld() {
        return held.size();
    }

    private Pending pending() {
        Object existing = TransactionSynchronizationManager.getResource(this);
        if (existing != null) {
            return (Pending) existing;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("tally deltas must be written inside a transaction");
        }
        Pending pending = new Pending();
        TransactionSynchronizationManager.bindResource(this, pending);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                if (!pending.intoCopies) {
                    write(pending.cells, true);
                    pending.cells.clear();
                } else if (pending.heldWritten || held.size() + pending.cells.size() > heldCells) {
                    writeHeldWith(pending);
                }
                // else: held back, merged into the held sums once this batch has committed
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(TallyWriter.this);
                if (status != STATUS_COMMITTED) {
                    return;
                }
                if (pending.rolledUp) {
                    rollUpsCurrent = true;
                }
                if (pending.heldWritten) {
                    held.clear();
                }
                pending.cells.forEach((key, row) -> held.merge(key, row, TallyWriter::sum));
            }
        });
        return pending;
    }

    /** The held sums (the first time in this transaction) and this transaction's, in one statement. */
    private void writeHeldWith(Pending pending) {
        Map<String, Object[]> cells = new TreeMap<>();
        if (!pending.heldWritten) {
            held.forEach((key, row) -> cells.put(key, row.clone()));
            pending.heldWritten = true;
        }
        pending.cells.forEach((key, row) -> cells.merge(key, row.clone(), TallyWriter::sum));
        pending.cells.clear();
        write(cells, false);
    }

    /**
     * The rebuild's roll-ups in one pass over its finished tally (ADR 0058). A roll-up cell is the sum of the tally
     * cells of the agencies always under its ancestor, whatever order the deltas and the moves came in (a move
     * takes its subtree's sums out under the old ancestors and adds them under the new), so it can be summed once
     * from the tally and the closure as they end, instead of again with every write of the held sums.
     */
    private void rollUpEverything() {
        jdbc.update("delete from tally_rollup");
        jdbc.update("""
                insert into tally_rollup (ancestor_id, year, quarter, applicant_type, row_code, count)
                select c.ancestor_id, t.year, t.quarter, t.applicant_type, t.row_code, sum(t.count)
                from application_tally t
                join agency_closure c
                  on c.descendant_id = t.agency_id and c.permanent and c.ancestor_id <> c.descendant_id
                group by c.ancestor_id, t.year, t.quarter, t.applicant_type, t.row_code
                """);
    }

    private static Object[] sum(Object[] a, Object[] b) {
        a[5] = (long) a[5] + (long) b[5];
        return a;
    }

    /** {@code rollUp}: with the ancestors' roll-ups (a live batch); a rebuild sums those once at its end. */
    private void write(Map<String, Object[]> cells, boolean rollUp) {
        List<Object[]> rows = new ArrayList<>();
        cells.values().stream().filter(row -> (long) row[5] != 0).forEach(rows::add);
        // in key order, in statements of at most statementRows: a live batch is one statement, while the held sums
        // of a rebuild are several, so that no PostgreSQL backend has to hold tens of thousands of rows of arrays
        for (int from = 0; from < rows.size(); from += statementRows) {
            writeStatement(rows.subList(from, Math.min(rows.size(), from + statementRows)), rollUp);
        }
    }

    /** One statement for many cells (arrays, not a JDBC batch): one parse and one round trip. */
    private void writeStatement(List<Object[]> rows, boolean rollUp) {
        int n = rows.size();
        String[] agencies = new String[n];
        Integer[] years = new Integer[n];
        Integer[] quarters = new Integer[n];
        String[] types = new String[n];
        String[] codes = new String[n];
        Long[] counts = new Long[n];
        for (int i = 0; i < n; i++) {
            Object[] row = rows.get(i);
            agencies[i] = (String) row[0];
            years[i] = (Integer) row[1];
            quarters[i] = (Integer) row[2];
            types[i] = (String) row[3];
            codes[i] = (String) row[4];
            counts[i] = (Long) row[5];
        }
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(rollUp ? WITH_ROLL_UP : TALLY_ONLY)) {
                upsert.setArray(1, connection.createArrayOf("text", agencies));
                upsert.setArray(2, connection.createArrayOf("int4", years));
                upsert.setArray(3, connection.createArrayOf("int4", quarters));
                upsert.setArray(4, connection.createArrayOf("text", types));
                upsert.setArray(5, connection.createArrayOf("text", codes));
                upsert.setArray(6, connection.createArrayOf("int8", counts));
                upsert.executeUpdate();
            }
            return null;
        });
    }

    private static Object[] row(TallyDelta delta) {
        return new Object[] {
            delta.agencyId(),
            delta.quarter().year(),
            delta.quarter().quarter(),
            delta.applicantType().name(),
            delta.row(),
            (long) delta.delta()
        };
    }
}
