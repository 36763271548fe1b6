package org.gongkai.command.application;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Turns for transactions that record many receipts at once (a batch chunk, an import chunk). Every receipt takes
 * its agency's case-number counter row until its transaction commits (ADR 0034). Two such transactions taking rows
 * of the same agencies in different orders deadlock; PostgreSQL breaks that only after a second, by failing one
 * command (measured: 438 deadlocks in 20 s of the bench's four batch clients). So they take turns, on every
 * instance, with a transaction-scoped advisory lock. A single write takes one counter row only, so it waits for
 * such a transaction at most and never deadlocks with it.
 */
@Component
public class CaseNumberTurns {

    /** The advisory lock they take turns on; any fixed number, the same in every command-service instance. */
    static final long TURN = 0x6b6f6e67_6b616931L;

    private final JdbcTemplate jdbc;

    CaseNumberTurns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits for this transaction's turn; the turn ends with the transaction. */
    public void awaitTurn() {
        jdbc.query("select pg_advisory_xact_lock(?)", rs -> {}, TURN);
    }
}
