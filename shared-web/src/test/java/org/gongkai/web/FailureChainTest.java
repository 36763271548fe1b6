package org.gongkai.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionSystemException;

class FailureChainTest {

    @Test
    void findsTheServersErrorBehindAJdbcBatch() {
        // pgjdbc: the batch names the failed statement (and repeats the state); the server's error is the next one
        BatchUpdateException batch = new BatchUpdateException("Batch entry 3 insert ... was aborted", "22001", null);
        SQLException server = new SQLException("value too long for type character varying(40)", "22001");
        batch.setNextException(server);

        FailureChain chain = FailureChain.of(new IllegalStateException("projection failed", batch));

        assertThat(chain.serverError()).containsSame(server);
        assertThat(chain.causes()).contains(batch, server);
    }

    @Test
    void aBatchWithoutTheServersErrorStillGivesItsState() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "23505", null);

        assertThat(FailureChain.of(batch).sqlState()).isEqualTo("23505");
    }

    @Test
    void aCommitThatFailedAfterAnEarlierFailureIsJudgedByTheEarlierOne() {
        SQLException first = new SQLException("duplicate key value violates unique constraint", "23505");
        TransactionSystemException commit =
                new TransactionSystemException("rollback failed", new SQLException("connection closed", "08006"));
        commit.initApplicationException(first);

        FailureChain chain = FailureChain.of(commit);

        assertThat(chain.sqlState()).isEqualTo("23505");
        assertThat(chain.causes()).extracting(Throwable::getMessage).contains("connection closed");
    }

    @Test
    void endsOnACycleAndWithoutAnyState() {
        RuntimeException outer = new RuntimeException("outer");
        RuntimeException inner = new RuntimeException("inner", outer);
        outer.initCause(inner);

        FailureChain chain = FailureChain.of(outer);

        assertThat(chain.causes()).containsExactly(outer, inner);
        assertThat(chain.serverError()).isEmpty();
        assertThat(chain.sqlState()).isNull();
    }

    @Test
    void theClassOfAStateIsItsFirstTwoCharacters() {
        assertThat(FailureChain.sqlClass("57P01")).isEqualTo("57");
        assertThat(FailureChain.sqlClass("X")).isEqualTo("X");
    }
}
