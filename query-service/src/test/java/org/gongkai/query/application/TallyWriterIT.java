package org.gongkai.query.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import javax.sql.DataSource;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.query.TestInfrastructure;
import org.gongkai.query.statistics.Quarter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tally writer on real PostgreSQL: written at commit in live batches; during a rebuild (ADR 0056) held back
 * across committed batches, never keeping what a rolled-back batch added, written with a batch once the held cells
 * pass the limit, and written whole when the rebuild has caught up, roll-ups included.
 */
class TallyWriterIT {

    private static final Quarter Q1 = new Quarter(2025, 1);
    private static JdbcTemplate jdbc;
    private static TransactionTemplate transaction;

    @BeforeAll
    static void database() {
        DataSource data = TestInfrastructure.migratedDatabase("tally_writer_it");
        jdbc = new JdbcTemplate(data);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(data));
    }

    @BeforeEach
    void office1UnderTheRoot() {
        jdbc.execute("truncate application_tally, tally_rollup, agency_closure");
        jdbc.update("""
                insert into agency_closure (ancestor_id, descendant_id, valid_from, valid_to) values
                ('root', 'root', '-infinity', 'infinity'), ('office-1', 'office-1', '-infinity', 'infinity'),
                ('root', 'office-1', '-infinity', 'infinity')
                """);
    }

    @Test
    void aLiveBatchIsWrittenWhenItCommitsWithItsRollUp() {
        TallyWriter writer = new TallyWriter(jdbc, 50_000, TallyWriter.STATEMENT_ROWS);
        inTransaction(() -> writer.add(List.of(received(2), received(1), closed("GRANTED", 1)), false));

        assertThat(tally()).containsExactly("office-1 GRANTED 1", "office-1 RECEIVED 3");
        assertThat(rollup()).containsExactly("root GRANTED 1", "root RECEIVED 3");
        assertThat(writer.cellsHeld()).isZero();
    }

    @Test
    void duringARebuildCommittedSumsAreHeldAndARolledBackBatchLeavesNothingBehind() {
        TallyWriter writer = new TallyWriter(jdbc, 50_000, TallyWriter.STATEMENT_ROWS);
        inTransaction(() -> writer.add(List.of(received(1)), true));
        inTransaction(() -> writer.add(List.of(received(1), closed("GRANTED", 1)), true));
        assertThatThrownBy(() -> inTransaction(() -> {
                    writer.add(List.of(received(5), closed("REFUSED", 1)), true);
                    throw new IllegalStateException("this batch fails");
                }))
                .hasMessage("this batch fails");

        assertThat(tally()).isEmpty();
        assertThat(writer.cellsHeld()).isEqualTo(2);

        inTransaction(writer::writeHeld);

        assertThat(tally()).containsExactly("office-1 GRANTED 1", "office-1 RECEIVED 2");
        assertThat(rollup()).containsExactly("root GRANTED 1", "root RECEIVED 2");
        assertThat(writer.cellsHeld()).isZero();
    }

    @Test
    void aFailedWriteOfTheHeldSumsKeepsThemForTheNextTurn() {
        TallyWriter writer = new TallyWriter(jdbc, 50_000, TallyWriter.STATEMENT_ROWS);
        inTransaction(() -> writer.add(List.of(received(4)), true));
        assertThatThrownBy(() -> inTransaction(() -> {
                    writer.writeHeld();
                    throw new IllegalStateException("the swap could not start");
                }))
                .hasMessage("the swap could not start");

        assertThat(tally()).isEmpty();
        assertThat(writer.cellsHeld()).isEqualTo(1);

        inTransaction(writer::writeHeld);
        assertThat(tally()).containsExactly("office-1 RECEIVED 4");
    }

    @Test
    void manyCellsGoOutInSeveralStatementsOfOneTransaction() {
        TallyWriter writer = new TallyWriter(jdbc, 50_000, 2);
        inTransaction(() ->
                writer.add(List.of(received(3), closed("GRANTED", 1), closed("REFUSED", 1), closed("OTHER", 1)), true));
        inTransaction(writer::writeHeld);

        assertThat(tally())
                .containsExactly("office-1 GRANTED 1", "office-1 OTHER 1", "office-1 RECEIVED 3", "office-1 REFUSED 1");
        assertThat(rollup()).containsExactly("root GRANTED 1", "root OTHER 1", "root RECEIVED 3", "root REFUSED 1");
    }

    @Test
    void pastTheLimitTheHeldSumsGoOutWithTheNextBatchAndAreNotWrittenTwice() {
        TallyWriter writer = new TallyWriter(jdbc, 2, TallyWriter.STATEMENT_ROWS);
        inTransaction(() -> writer.add(List.of(received(1), closed("GRANTED", 1)), true));
        assertThat(tally()).isEmpty();

        // two more cells would make four, over the limit of two: everything is written with this batch
        inTransaction(() -> writer.add(List.of(received(1), closed("REFUSED", 1), closed("OTHER", 1)), true));
        assertThat(tally())
                .containsExactly("office-1 GRANTED 1", "office-1 OTHER 1", "office-1 RECEIVED 2", "office-1 REFUSED 1");
        assertThat(writer.cellsHeld()).isZero();

        inTransaction(() -> writer.add(List.of(received(1)), true));
        inTransaction(writer::writeHeld);
        inTransaction(writer::writeHeld);
        assertThat(tally()).contains("office-1 RECEIVED 3");
        assertThat(rollup()).containsExactly("root GRANTED 1", "root OTHER 1", "root RECEIVED 3", "root REFUSED 1");
    }

    @Test
    void theRollUpsAreSummedAgainOnlyWhenARebuildBatchAddedToTheTally() {
        TallyWriter writer = new TallyWriter(jdbc, 50_000, TallyWriter.STATEMENT_ROWS);
        inTransaction(() -> writer.add(List.of(received(2)), true));
        assertThatThrownBy(() -> inTransaction(() -> {
                    writer.writeHeld();
                    throw new IllegalStateException("the swap could not start");
                }))
                .hasMessage("the swap could not start");
        inTransaction(writer::writeHeld);
        assertThat(rollup()).containsExactly("root RECEIVED 2");

        // a swap that waits for its locks calls this on every turn: nothing was added, nothing is summed again
        jdbc.update("update tally_rollup set count = 99");
        inTransaction(writer::writeHeld);
        assertThat(rollup()).containsExactly("root RECEIVED 99");

        inTransaction(() -> writer.add(List.of(closed("GRANTED", 1)), true));
        inTransaction(writer::writeHeld);
        assertThat(rollup()).containsExactly("root GRANTED 1", "root RECEIVED 2");
    }

    private static TallyDelta received(int count) {
        return new TallyDelta("office-1", Q1, ApplicantType.NATURAL_PERSON, "RECEIVED", count);
    }

    private static TallyDelta closed(String row, int count) {
        return new TallyDelta("office-1", Q1, ApplicantType.NATURAL_PERSON, row, count);
    }

    private static void inTransaction(Runnable work) {
        transaction.executeWithoutResult(status -> work.run());
    }

    private static List<String> tally() {
        return jdbc.queryForList(
                "select agency_id || ' ' || row_code || ' ' || count from application_tally order by 1", String.class);
    }

    private static List<String> rollup() {
        return jdbc.queryForList(
                "select ancestor_id || ' ' || row_code || ' ' || count from tally_rollup order by 1", String.class);
    }
}
