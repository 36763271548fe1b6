package org.gongkai.command.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where the current write comes from: the client address (the front door's, when it forwarded the request with a
 * valid assertion) and the correlation id ({@code X-Correlation-Id}, or a new one).
 */
final class RequestOrigin {

    static final String CORRELATION_HEADER = "X-Correlation-Id";
    static final String CLIENT_ADDRESS = RequestOrigin.class.getName() + ".clientAddress";
    static final String CORRELATION_ID = RequestOrigin.class.getName() + ".correlationId";

    /** Ids are echoed into events and logs: only a plain token is taken over, anything else is replaced. */
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestOrigin() {}

    static String correlationIdOf(String header) {
        return header != null && PLAIN_ID.matcher(header).matches()
                ? header
                : UUID.randomUUID().toString();
    }

    static String clientAddress() {
        HttpServletRequest request = current();
        if (request == null) {
            return "local";
        }
        Object forwarded = request.getAttribute(CLIENT_ADDRESS);
        return forwarded != null ? forwarded.toString() : request.getRemoteAddr();
    }

    static String correlationId() {
        HttpServletRequest request = current();
        Object id = request == null ? null : request.getAttribute(CORRELATION_ID);
        return id != null ? id.toString() : UUID.randomUUID().toString();
    }

    private static HttpServletRequest current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
    }
}
