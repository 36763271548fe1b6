package org.gongkai.query.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.EOFException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.DateTimeException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.gongkai.web.FailureChain;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Why a projection failed, sorted by what retrying can do about it (ADR 0018), and a description of the error that
 * is safe to store and show: the exception class, the SQLState and a message with every quoted value taken out.
 *
 * <ul>
 *   <li>{@link Kind#TRANSIENT}: the database or the way to it, never the event. SQLState classes 08 (connection), 40
 *       (serialization, deadlock), 53 (resources), 57 (operator intervention: shutdown, 57P01, statement timeout),
 *       58 (system I/O), lock timeout 55P03, a SQLException without any SQLState (the pool's "Connection is closed"),
 *       and the JDBC/Spring/socket exceptions that say the same. Retried for
 *       ever, nothing skipped: whatever else the error says, this wins.
 *   <li>{@link Kind#DATA}: the event holds what the read side cannot take. SQLState classes 22 (data exception: too
 *       long, out of range, NUL byte, bad date) and 23 (integrity constraint), an event value that does not decode,
 *       and the projection's own refusals ({@link IllegalArgumentException}, {@link DateTimeException},
 *       {@link ArithmeticException}). The same event fails the same way every time.
 *   <li>{@link Kind#UNEXPLAINED}: anything else (a bug in a projection, SQLState 42 after a bad migration). Quarantined
 *       only when the one event fails twice on its own while the database answers (the quarantine insert itself is
 *       that proof), because the partition must not stall for a cause that a release will have to fix anyway.
 * </ul>
 */
record ProjectionFailure(Kind kind, String errorClass, String sqlState, String message) {

    enum Kind {
        TRANSIENT,
        DATA,
        UNEXPLAINED
    }

    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "40", "53", "57", "58");
    private static final Set<String> TRANSIENT_STATES = Set.of("55P03");
    private static final Set<String> DATA_CLASSES = Set.of("22", "23");

    static ProjectionFailure of(Throwable failure) {
        FailureChain failures = FailureChain.of(failure);
        List<Throwable> chain = failures.causes();
        SQLException sql = failures.serverError().orElse(null);
        String state = sql == null ? null : sql.getSQLState();
        Throwable described = sql != null ? sql : chain.get(chain.size() - 1);
        return new ProjectionFailure(
                kind(chain, state), described.getClass().getName(), state, SafeMessage.of(described));
    }

    /** A record that waits behind an earlier quarantined event of the same aggregate. */
    static ProjectionFailure waitingFor(long quarantineId) {
        return new ProjectionFailure(
                Kind.DATA,
                "WaitingForEarlierEvent",
                null,
                "an earlier event of the same aggregate is quarantined (#" + quarantineId + ")");
    }

    private static Kind kind(List<Throwable> chain, String state) {
        boolean transientType = chain.stream()
                .anyMatch(e -> e instanceof SQLTransientException
                        || e instanceof SQLRecoverableException
                        || e instanceof TransientDataAccessException
                        || e instanceof RecoverableDataAccessException
                        || e instanceof DataAccessResourceFailureException
                        || e instanceof CannotCreateTransactionException
                        || e instanceof SocketException
                        || e instanceof SocketTimeoutException
                        || e instanceof EOFException
                        || e instanceof TimeoutException);
        // the server always gives a SQLState; a SQLException without any comes from the pool or the driver
        // (HikariCP's "Connection is closed" after a broken connection), never from judging a value
        boolean stateless = state == null && chain.stream().anyMatch(e -> e instanceof SQLException);
        if (transientType
                || stateless
                || (state != null
                        && (TRANSIENT_STATES.contains(state)
                                || TRANSIENT_CLASSES.contains(FailureChain.sqlClass(state))))) {
            return Kind.TRANSIENT;
        }
        if (state != null && DATA_CLASSES.contains(FailureChain.sqlClass(state))) {
            return Kind.DATA;
        }
        boolean dataType = chain.stream()
                .anyMatch(e -> e instanceof UnreadableEvent
                        || e instanceof JsonProcessingException
                        || e instanceof IllegalArgumentException
                        || e instanceof DateTimeException
                        || e instanceof ArithmeticException);
        return dataType ? Kind.DATA : Kind.UNEXPLAINED;
    }

    /** The JSON path of a decoding error, by field names of the contract only. */
    static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null
                        ? reference.getFieldName().replaceAll("[^A-Za-z0-9_]", "")
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
