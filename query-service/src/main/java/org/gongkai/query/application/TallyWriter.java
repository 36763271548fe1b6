package org.gongkai.query.application;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Adds deltas to the quarterly tally. Deltas of one transaction are summed per cell and written in one batch just
 * before it commits (in key order, so concurrent writers cannot deadlock), instead of one statement per event.
 */
@Component
class TallyWriter {

    private final JdbcTemplate jdbc;

    TallyWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(List<TallyDelta> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        Map<String, Object[]> pending = pending();
        for (TallyDelta delta : deltas) {
            String key = String.join(
                    "\u0000",
                    delta.agencyId(),
                    String.valueOf(delta.quarter().year()),
                    String.valueOf(delta.quarter().quarter()),
                    delta.applicantType().name(),
                    delta.row());
            pending.merge(key, row(delta), (a, b) -> {
                a[5] = (long) a[5] + (long) b[5];
                return a;
            });
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object[]> pending() {
        Object existing = TransactionSynchronizationManager.getResource(this);
        if (existing != null) {
            return (Map<String, Object[]>) existing;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("tally deltas must be written inside a transaction");
        }
        Map<String, Object[]> pending = new TreeMap<>();
        TransactionSynchronizationManager.bindResource(this, pending);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                writePending(pending);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(TallyWriter.this);
            }
        });
        return pending;
    }

    private void writePending(Map<String, Object[]> pending) {
        List<Object[]> rows = new ArrayList<>();
        pending.values().stream().filter(row -> (long) row[5] != 0).forEach(rows::add);
        pending.clear();
        if (rows.isEmpty()) {
            return;
        }
        // one statement for the whole batch (arrays, not a JDBC batch): one parse and one round trip
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
            // the same deltas go to the roll-up of every ancestor the agency was always under (ADR 0043), in the
            // same statement and transaction, so a committed tally and its roll-ups never disagree
            try (PreparedStatement upsert = connection.prepareStatement("""
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
                    """)) {
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
