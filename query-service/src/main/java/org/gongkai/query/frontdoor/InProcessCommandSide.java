package org.gongkai.query.frontdoor;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * The command side's servlet container in this JVM, when there is one (the standalone stack, ADR 0041). The front
 * door hands it a write exactly as it would send it over HTTP (the same path, query, headers with the signed
 * principal assertion, and body bytes), so the command side runs its whole filter chain on it: the request edge,
 * the assertion check, the scope check, validation and the audit. Only the socket, the HTTP encoding and the
 * client's connection pool are left out. A deployment without this bean (two services, the cluster) forwards
 * over HTTP to {@code gongkai.command-service.url}.
 */
public interface InProcessCommandSide {

    /**
     * Hands one request over and returns the command side's answer.
     *
     * @param rawPath the path as sent, still percent-encoded
     * @param rawQuery the query as sent, or null
     * @return the command side's answer, or empty when it is not running (then nothing was recorded)
     * @throws IOException when the command side failed after the request was handed over (it may have recorded)
     */
    Optional<Answer> exchange(String method, String rawPath, String rawQuery, Map<String, String> headers, byte[] body)
            throws IOException;

    /** Status, the headers the command side set (Content-Type included) and the body of an answer. */
    record Answer(int status, Map<String, String> headers, byte[] body) {}
}
