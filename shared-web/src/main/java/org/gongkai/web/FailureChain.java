package org.gongkai.web;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.transaction.TransactionSystemException;

/**
 * A failure and its causes, read the way both services judge a database error: the web answer (StorageFailures,
 * ADR 0061) and the read side's quarantine (ProjectionFailure, ADR 0018). Both look for the server's own error,
 * which JDBC and Spring hide in places a plain walk of {@link Throwable#getCause()} does not reach.
 */
public final class FailureChain {

    /** Deep enough for Spring, Axon, Hikari and pgjdbc wrapping one another; a cycle ends the walk too. */
    private static final int MAX_DEPTH = 20;

    private final List<Throwable> causes;

    private FailureChain(List<Throwable> causes) {
        this.causes = List.copyOf(causes);
    }

    public static FailureChain of(Throwable failure) {
        List<Throwable> causes = new ArrayList<>();
        walk(failure, causes);
        return new FailureChain(causes);
    }

    private static void walk(Throwable failure, List<Throwable> causes) {
        for (Throwable e = failure; e != null && causes.size() < MAX_DEPTH && !causes.contains(e); e = e.getCause()) {
            causes.add(e);
            if (e instanceof SQLException sql && sql.getNextException() != null && sql.getCause() == null) {
                // a JDBC batch names the statement that failed; the server's own error is the next exception
                causes.add(sql.getNextException());
            }
            if (e instanceof TransactionSystemException commit && commit.getApplicationException() != null) {
                // the rollback failed too (the connection is gone): what failed first is what tells
                walk(commit.getApplicationException(), causes);
            }
        }
    }

    /** The failure first, then its causes, outermost first. */
    public List<Throwable> causes() {
        return causes;
    }

    /**
     * The first error that carries a SQLState, preferring the server's own to the JDBC batch's wrapper around it
     * (whose state repeats the first failed statement's, and whose message quotes that statement).
     */
    public Optional<SQLException> serverError() {
        SQLException batch = null;
        for (Throwable cause : causes) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                if (!(sql instanceof BatchUpdateException)) {
                    return Optional.of(sql);
                }
                if (batch == null) {
                    batch = sql;
                }
            }
        }
        return Optional.ofNullable(batch);
    }

    /** The SQLState of {@link #serverError()}, or null. */
    public String sqlState() {
        return serverError().map(SQLException::getSQLState).orElse(null);
    }

    /** The class of a SQLState: its first two characters ("08" of "08006"). */
    public static String sqlClass(String state) {
        return state.length() >= 2 ? state.substring(0, 2) : state;
    }
}
