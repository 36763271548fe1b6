package org.gongkai.query.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The headers with which the front door passes a signed-in user's request on to the command service: the signed
 * assertion of who it is and where the request came from, and the correlation id. Without an internal secret
 * (a query service run without the command service's secret) the client's own {@code Authorization} is passed on
 * instead, and the command service checks it itself.
 */
@Component
public class FrontDoorIdentity {

    private final PrincipalAssertion assertions;
    private final Clock clock = Clock.systemUTC();

    FrontDoorIdentity(@Value("${gongkai.security.internal-secret:}") String secret) {
        this.assertions = secret.isBlank() ? null : new PrincipalAssertion(secret);
    }

    public Map<String, String> headersFor(HttpServletRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        Object correlationId = request.getAttribute(OriginFilter.CORRELATION_ID);
        if (correlationId != null) {
            headers.put(OriginFilter.CORRELATION_HEADER, correlationId.toString());
        }
        var user = SignedInUser.current();
        if (assertions != null && user.isPresent()) {
            headers.put(
                    PrincipalAssertion.HEADER, assertions.sign(user.get(), request.getRemoteAddr(), clock.instant()));
        } else if (request.getHeader("Authorization") != null) {
            headers.put("Authorization", request.getHeader("Authorization"));
        }
        return headers;
    }
}
