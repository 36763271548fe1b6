package org.gongkai.query.intake;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The copies a rebuild writes into while readers keep the live tables (ADR 0053). Each copy lives in its own
 * schema under the live table's name, with the live table's columns, defaults, keys, unique indexes and checks; its
 * other indexes are built once, after the replay, which is cheaper than keeping them up to date row by row. A batch
 * transaction of the rebuild sets its {@code search_path} to that schema first, so the projections' plain table
 * names reach the copies without any projection knowing. At the end the copies are moved into the live schema in
 * one short transaction, and the old tables are dropped.
 */
@Component
class ShadowTables {

    static final String SCHEMA = "gongkai_rebuild";
    private static final String RETIRED = "gongkai_retired";
    private static final Logger log = LoggerFactory.getLogger(ShadowTables.class);

    private final JdbcTemplate jdbc;
    private final KeysInCopies keys;
    private final TransactionTemplate transaction;
    private final List<String> laterIndexes = new ArrayList<>();
    private String live;
    private volatile boolean active;

    ShadowTables(JdbcTemplate jdbc, KeysInCopies keys, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** True from {@link #create} until {@link #swapIn} or {@link #discard}: batches then write the copies. */
    boolean active() {
        return active;
    }

    /**
     * Empty copies of the tables, ready for a replay from offset zero; a leftover earlier attempt is dropped.
     * {@code expectedKeys}: about how many rows the replay will write under distinct keys (ADR 0064).
     */
    synchronized void create(Collection<String> tables, long expectedKeys) {
        live = jdbc.queryForObject("select current_schema()", String.class);
        laterIndexes.clear();
        transaction.executeWithoutResult(status -> {
            jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
            jdbc.execute("create schema " + SCHEMA);
            tables.forEach(this::copy);
        });
        keys.begin(expectedKeys);
        active = true;
    }

    /** Sends the statements of the current transaction to the copies, when a rebuild is running. */
    void routeThisTransaction() {
        if (active) {
            jdbc.execute("set local search_path to " + SCHEMA + ", " + live);
            keys.routed();
        }
    }

    /** Runs the work in a transaction of its own that writes the copies. */
    void inCopies(Runnable work) {
        transaction.executeWithoutResult(status -> {
            routeThisTransaction();
            work.run();
        });
    }

    /**
     * Builds the remaining indexes, then moves the copies in place of the live tables in one transaction. Readers
     * wait only for the moves; the swap gives up after half a second rather than queue behind (and deadlock with) a
     * long read that holds one table and waits for another: the caller tries again on its next turn.
     */
    synchronized void swapIn(Collection<String> tables, Runnable beforeCommit) {
        for (String index : List.copyOf(laterIndexes)) {
            jdbc.execute(index);
            laterIndexes.remove(index);
        }
        tables.forEach(table -> jdbc.execute("analyze " + SCHEMA + "." + table));
        transaction.executeWithoutResult(status -> {
            jdbc.execute("set local lock_timeout = '500ms'");
            jdbc.execute("lock table "
                    + String.join(", ", tables.stream().map(t -> live + "." + t).toList())
                    + " in access exclusive mode");
            jdbc.execute("drop schema if exists " + RETIRED + " cascade");
            jdbc.execute("create schema " + RETIRED);
            tables.forEach(table -> jdbc.execute("alter table " + live + "." + table + " set schema " + RETIRED));
            tables.forEach(table -> jdbc.execute("alter table " + SCHEMA + "." + table + " set schema " + live));
            jdbc.execute("drop schema " + RETIRED + " cascade");
            jdbc.execute("drop schema " + SCHEMA + " cascade");
            beforeCommit.run();
        });
        active = false;
        keys.end();
    }

    /** Drops the copies of a rebuild that will not finish (this process restarted during it). */
    synchronized void discard() {
        active = false;
        keys.end();
        Boolean exists = jdbc.queryForObject(
                "select exists (select 1 from pg_namespace where nspname = ?)", Boolean.class, SCHEMA);
        if (Boolean.TRUE.equals(exists)) {
            log.warn("Dropping the tables of a rebuild that was interrupted; the live tables were never touched."
                    + " Start the rebuild again to repeat it.");
            jdbc.execute("drop schema " + SCHEMA + " cascade");
        }
    }

    private void copy(String table) {
        String source = live + "." + table;
        String copy = SCHEMA + "." + table;
        jdbc.execute("create table " + copy + " (like " + source
                + " including defaults including identity including generated including storage)");
        // a serial column's default still draws from the live table's sequence, which is dropped with it
        jdbc.query(
                """
                select a.attname, s.relname from pg_depend d
                join pg_class s on s.oid = d.objid and s.relkind = 'S'
                join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
                where d.refobjid = ?::regclass and d.deptype = 'a'
                """,
                rs -> {
                    String column = rs.getString(1);
                    String sequence = SCHEMA + "." + rs.getString(2);
                    jdbc.execute("create sequence " + sequence + " owned by " + copy + "." + column);
                    jdbc.execute("alter table " + copy + " alter column " + column + " set default nextval('" + sequence
                            + "')");
                },
                source);
        // keys and checks under their own names: upserts name their conflict columns, and later migrations names
        jdbc.query(
                """
                select conname, pg_get_constraintdef(oid) from pg_constraint
                where conrelid = ?::regclass and contype in ('p', 'u', 'c', 'x') order by contype desc, conname
                """,
                rs -> {
                    jdbc.execute("alter table " + copy + " add constraint " + rs.getString(1) + " " + rs.getString(2));
                },
                source);
        jdbc.query(
                """
                select i.indisunique, pg_get_indexdef(i.indexrelid) from pg_index i
                where i.indrelid = ?::regclass
                  and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
                """,
                rs -> {
                    String definition = rs.getString(2)
                            .replace(" ON " + source + " ", " ON " + copy + " ")
                            .replace(" ON ONLY " + source + " ", " ON ONLY " + copy + " ");
                    if (!definition.contains(" " + copy + " ")) {
                        throw new IllegalStateException("cannot place index on the copy: " + definition);
                    }
                    if (rs.getBoolean(1)) {
                        jdbc.execute(definition); // an upsert may infer its conflict target from it
                    } else {
                        laterIndexes.add(definition);
                    }
                },
                source);
    }
}
