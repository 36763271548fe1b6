package org.gongkai.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.gongkai.security.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Answers a request that failed in the database with a problem, before Spring MVC's own resolvers see the failure
 * (ADR 0061). Those take any exception whose cause says "Broken pipe" or "Connection reset by peer" for a client
 * that went away, and end the request with nothing written: a 200 with an empty body. A PostgreSQL connection that
 * breaks while the server stops says exactly that. On the command side such a write was never stored, yet the
 * client, and the front door forwarding it, read a 200 as "recorded": the write was lost without anyone knowing.
 *
 * <p>Answered here: the connection, the server or the transaction failed (SQLState classes 08, 40, 53, 55, 57, 58 or
 * none at all, a pool without connections, a commit whose outcome is unknown): {@code 503 StorageUnavailable} with
 * {@code Retry-After}. A write may or may not have been recorded; sent again with the same id it is recorded once
 * (CONTRACT.md). Everything else the database says (a value it refuses, a duplicate key that is a lost race) is
 * left to each service's own answers (400, 409), which name the rule. Any other failure that Spring would take for
 * a client gone ("Broken pipe" from the broker or another service) but that did not come from writing to the
 * client is {@code 503 DependencyUnavailable}, for the same reason.
 */
public final class StorageFailures implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(StorageFailures.class);

    /** The problem rules answered here; the web UI words each (i18n.js). */
    static final String STORAGE_RULE = "StorageUnavailable";

    static final String DEPENDENCY_RULE = "DependencyUnavailable";

    private static final Set<String> UNAVAILABLE_CLASSES = Set.of("08", "40", "53", "55", "57", "58");

    /** Right after Spring Boot's {@code DefaultErrorAttributes}, which only notes the exception. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (response.isCommitted()) {
            return null;
        }
        FailureChain failures = FailureChain.of(failure);
        List<Throwable> chain = failures.causes();
        boolean fromStorage = chain.stream()
                .anyMatch(e -> e instanceof SQLException
                        || e instanceof DataAccessException
                        || e instanceof TransactionException);
        if (fromStorage) {
            String state = failures.sqlState();
            if (state != null && !UNAVAILABLE_CLASSES.contains(FailureChain.sqlClass(state))) {
                return null;
            }
            // the class and the SQLState only: a server message can quote the values of a row
            return unavailable(request, response, failure, STORAGE_RULE, "the database could not be reached", state);
        }
        if (DisconnectedClientHelper.isClientDisconnectedException(failure)
                && !(failure instanceof org.springframework.web.ErrorResponse) // it says itself what to answer
                && chain.stream().noneMatch(StorageFailures::fromTheClientsConnection)) {
            // "Broken pipe" from a connection of this service's own (the broker, another service), not the client's
            return unavailable(
                    request, response, failure, DEPENDENCY_RULE, "a connection this service needs broke", null);
        }
        return null;
    }

    /** Written to a client that has gone: Tomcat's response stream, or Spring's guard around it. */
    private static boolean fromTheClientsConnection(Throwable failure) {
        return failure instanceof org.apache.catalina.connector.ClientAbortException
                || failure instanceof org.springframework.web.context.request.async.AsyncRequestNotUsableException;
    }

    private static ModelAndView unavailable(
            HttpServletRequest request,
            HttpServletResponse response,
            Exception failure,
            String rule,
            String what,
            String state) {
        log.warn(
                "{} {} failed: {} ({}, SQLState {}); answered 503",
                request.getMethod(),
                request.getRequestURI(),
                what,
                failure.getClass().getName(),
                state);
        try {
            response.reset();
            response.setHeader("Retry-After", "1");
            Problems.write(
                    response,
                    503,
                    rule,
                    "暂时无法完成，请稍后重试；写入请沿用同一编号重新提交：" + what + ". A write may or may not have been"
                            + " recorded: send it again with the same id, it is recorded once.");
        } catch (IOException | IllegalStateException e) {
            return null;
        }
        return new ModelAndView();
    }
}
