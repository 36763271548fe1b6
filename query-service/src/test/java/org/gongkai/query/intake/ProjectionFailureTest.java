package org.gongkai.query.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.LocalDate;
import org.gongkai.query.intake.ProjectionFailure.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;

/** What retrying can fix and what it cannot (ADR 0018), by SQLState and by exception. */
class ProjectionFailureTest {

    @ParameterizedTest(name = "SQLState {0} is {1}")
    @CsvSource({
        "22001, DATA", // value too long
        "22008, DATA", // datetime field overflow (year 0000)
        "22003, DATA", // numeric value out of range
        "22021, DATA", // NUL byte
        "23505, DATA", // unique violation: an id already used by a fact of another kind
        "08006, TRANSIENT", // connection failure
        "08001, TRANSIENT",
        "57P01, TRANSIENT", // administrator shut the backend down
        "57014, TRANSIENT", // statement timeout
        "40001, TRANSIENT", // serialization failure
        "40P01, TRANSIENT", // deadlock
        "53300, TRANSIENT", // too many connections
        "55P03, TRANSIENT", // lock not available
        "42703, UNEXPLAINED" // undefined column: a bad release, not the event
    })
    void sortsSqlStates(String state, Kind kind) {
        SQLException sql = new SQLException("ERROR: something", state);
        UncategorizedSQLException wrapped = new UncategorizedSQLException("insert", "insert into x", sql);

        ProjectionFailure failure = ProjectionFailure.of(wrapped);

        assertThat(failure.kind()).isEqualTo(kind);
        assertThat(failure.sqlState()).isEqualTo(state);
        assertThat(failure.errorClass()).isEqualTo(SQLException.class.getName());
    }

    @Test
    void aConnectionThatCannotBeHadIsTransientWhateverItsCauseSays() {
        SQLException refused =
                new SQLException("FATAL: database \"q\" is not currently accepting connections", "55000");
        var failure = ProjectionFailure.of(new CannotGetJdbcConnectionException(
                "no connection", new SQLTransientConnectionException("timed out", "08003", refused)));

        assertThat(failure.kind()).isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void aRollbackThatFailsOnAClosedConnectionIsJudgedByWhatFailedFirst() {
        var commit = new org.springframework.transaction.TransactionSystemException(
                "Could not roll back", new SQLException("Connection is closed"));
        commit.initApplicationException(new SQLException("FATAL: terminating connection", "57P01"));

        assertThat(ProjectionFailure.of(commit).kind()).isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void aJdbcBatchIsDescribedByTheServersErrorNotByTheStatement() {
        var batch = new java.sql.BatchUpdateException(
                "Batch entry 0 insert into agency values ('张三') was aborted", "22001", new int[0]);
        batch.setNextException(new SQLException("ERROR: value too long for type character varying(500)", "22001"));

        var failure = ProjectionFailure.of(batch);

        assertThat(failure.kind()).isEqualTo(Kind.DATA);
        assertThat(failure.message()).isEqualTo("ERROR: value too long for type character varying(500)");
    }

    @Test
    void aSqlExceptionWithoutAnySqlStateComesFromThePoolAndIsTransient() {
        var closed = new org.springframework.orm.jpa.JpaSystemException(
                new RuntimeException("rollback", new SQLException("Connection is closed")));

        assertThat(ProjectionFailure.of(closed).kind()).isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void aSocketTimeoutIsTransient() {
        assertThat(ProjectionFailure.of(new IllegalStateException("io", new SocketTimeoutException()))
                        .kind())
                .isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void aValueThatDoesNotDecodeAndAProjectionsRefusalAreData() throws Exception {
        Exception json;
        try {
            new ObjectMapper().readTree("{\"a\": [");
            throw new AssertionError("parsed");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            json = e;
        }

        assertThat(ProjectionFailure.of(new UnreadableEvent("AgencyRegistered", json))
                        .kind())
                .isEqualTo(Kind.DATA);
        assertThat(ProjectionFailure.of(new IllegalArgumentException("no such code"))
                        .kind())
                .isEqualTo(Kind.DATA);
        assertThat(ProjectionFailure.of(new DataIntegrityViolationException("x", new SQLException("y", "23502")))
                        .kind())
                .isEqualTo(Kind.DATA);
        assertThat(ProjectionFailure.of(new java.time.DateTimeException(LocalDate.MIN.toString()))
                        .kind())
                .isEqualTo(Kind.DATA);
    }

    @Test
    void aBugInAProjectionIsUnexplained() {
        assertThat(ProjectionFailure.of(new NullPointerException()).kind()).isEqualTo(Kind.UNEXPLAINED);
    }
}
