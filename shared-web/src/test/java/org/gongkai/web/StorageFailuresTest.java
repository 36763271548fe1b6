package org.gongkai.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.servlet.mvc.support.DefaultHandlerExceptionResolver;

/**
 * A failure in the database is answered as a problem, never as the empty 200 Spring MVC gives a "client gone"
 * (ADR 0061): the first test shows that Spring's last resolver does exactly that with the failure a PostgreSQL
 * connection gives when the server stops, the others what {@link StorageFailures} answers instead.
 */
class StorageFailuresTest {

    /** What pgjdbc throws when the server went away under a statement, wrapped as a repository would. */
    private static RuntimeException brokenConnection() {
        SQLException io = new SQLException(
                "An I/O error occurred while sending to the backend.", "08006", new SocketException("Broken pipe"));
        return new IllegalStateException("Failed to read events for aggregate [a-1]", io);
    }

    private final StorageFailures resolver = new StorageFailures();
    private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/applications");
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void springAloneTakesABrokenDatabaseConnectionForAClientThatLeftAndWritesNothing() {
        var handled =
                new DefaultHandlerExceptionResolver().resolveException(request, response, null, brokenConnection());

        assertThat(handled).as("taken as handled").isNotNull();
        assertThat(response.getStatus())
                .as("so the servlet ends with its default status")
                .isEqualTo(200);
        assertThat(response.getContentAsByteArray()).isEmpty();
    }

    @Test
    void aBrokenConnectionIsUnavailableAndSaysTheWriteMayBeSentAgain() throws Exception {
        var handled = resolver.resolveException(request, response, null, brokenConnection());

        assertThat(handled).isNotNull();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("1");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString())
                .contains("\"rule\":\"StorageUnavailable\"")
                .contains("same id");
    }

    @Test
    void aCommitWithoutAnAnswerIsUnavailableToo() throws Exception {
        var commit = new TransactionSystemException(
                "Could not commit JDBC transaction", new SQLException("Connection is closed"));

        resolver.resolveException(request, response, null, commit);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString()).contains("StorageUnavailable");
    }

    @Test
    void aPoolWithoutConnectionsIsUnavailable() throws Exception {
        resolver.resolveException(
                request, response, null, new DataAccessResourceFailureException("no connection in 30 s"));

        assertThat(response.getStatus()).isEqualTo(503);
    }

    @Test
    void aValueTheDatabaseRefusesIsLeftToTheServicesOwnAnswer() {
        var tooLong = new DataIntegrityViolationException(
                "insert", new SQLException("value too long for type character varying(255)", "22001"));

        assertThat(resolver.resolveException(request, response, null, tooLong)).isNull();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsByteArray()).isEmpty();
    }

    @Test
    void aDuplicateKeyIsLeftToTheServicesOwnAnswerToo() {
        // Axon reports a lost race on a stream as a ConcurrencyException caused by this: the command side says 409
        var race = new IllegalStateException(
                "An event for aggregate [a-1] at sequence [0] was already inserted",
                new SQLException("duplicate key value violates unique constraint", "23505"));

        assertThat(resolver.resolveException(request, response, null, race)).isNull();
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void aBrokenConnectionToAnythingElseIsUnavailableToo() throws Exception {
        var broker = new IllegalStateException("the broker went away", new SocketException("Broken pipe"));

        resolver.resolveException(request, response, null, broker);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString()).contains("\"rule\":\"DependencyUnavailable\"");
    }

    @Test
    void aClientThatLeftIsLeftToSpring() {
        var gone = new org.apache.catalina.connector.ClientAbortException(new SocketException("Broken pipe"));

        assertThat(resolver.resolveException(request, response, null, gone)).isNull();
    }

    @Test
    void aFailureThatIsNotAboutAConnectionIsLeftAlone() {
        assertThat(resolver.resolveException(request, response, null, new IllegalArgumentException("a bug")))
                .isNull();
    }

    @Test
    void anAnswerAlreadyUnderWayIsLeftAlone() throws Exception {
        response.getOutputStream().write('x');
        response.flushBuffer();

        assertThat(resolver.resolveException(request, response, null, brokenConnection()))
                .isNull();
        assertThat(response.getStatus()).isEqualTo(200);
    }
}
