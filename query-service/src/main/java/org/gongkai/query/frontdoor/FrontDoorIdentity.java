package org.gongkai.query.frontdoor;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.gongkai.query.security.OriginFilter;
import org.gongkai.security.BasicSignIn;
import org.gongkai.security.PrincipalAssertion;
import org.gongkai.security.SignedInUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The headers with which the front door passes a signed-in user's request on to the command service: the
 * assertion of who it is and where the request came from, bound to the exact request sent (ADR 0019), and the
 * correlation id. Without an internal secret (a query service run without the command service's secret) the
 * client's own HTTP Basic credentials are passed on instead, and the command service checks them itself.
 */
@Component
public class FrontDoorIdentity {

    /** Signs one outgoing request: its method, raw path, raw query (or null) and the exact body bytes sent. */
    public interface Signer {
        Map<String, String> headers(String method, String path, String query, byte[] body);
    }

    private final PrincipalAssertion assertions;

    FrontDoorIdentity(@Value("${gongkai.security.internal-secret:}") String secret) {
        this.assertions = secret.isBlank() ? null : new PrincipalAssertion(secret, Clock.systemUTC());
    }

    /** @param purpose whether the body sent is the client's ({@code FORWARDED}) or this service's ({@code AUTHORED}) */
    public Signer signerFor(HttpServletRequest request, PrincipalAssertion.Purpose purpose) {
        Object correlationId = request.getAttribute(OriginFilter.CORRELATION_ID);
        Optional<SignedInUser> user = SignedInUser.current();
        String clientAddress = request.getRemoteAddr();
        String basic = BasicSignIn.carriesBasicCredentials(request) ? request.getHeader("Authorization") : null;
        return (method, path, query, body) -> {
            Map<String, String> headers = new LinkedHashMap<>();
            if (correlationId != null) {
                headers.put(OriginFilter.CORRELATION_HEADER, correlationId.toString());
            }
            if (assertions != null && user.isPresent()) {
                headers.put(
                        PrincipalAssertion.HEADER,
                        assertions.sign(
                                user.get(),
                                clientAddress,
                                purpose,
                                PrincipalAssertion.Request.of(method, path, query, body)));
            } else if (basic != null) {
                headers.put("Authorization", basic);
            }
            return headers;
        };
    }
}
