package org.gongkai.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import org.gongkai.events.user.UserRole;
import org.gongkai.security.PrincipalAssertion;
import org.gongkai.security.SignedInUser;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

/** Plays the front door towards the command port: requests signed with the shared secret, as it signs them. */
final class FrontDoorAssertions {

    static final String SECRET = "test-internal-secret";
    static final String SECRET_PROPERTY = "gongkai.security.internal-secret=" + SECRET;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SignedInUser ADMIN = new SignedInUser("admin", UserRole.ADMIN, null);

    private final TestRestTemplate anonymous = new TestRestTemplate();
    private final String root;
    private final PrincipalAssertion assertions;

    FrontDoorAssertions(String root, String secret) {
        this.root = root;
        this.assertions = new PrincipalAssertion(secret, Clock.systemUTC());
    }

    /** A body the front door wrote itself (a publication's snapshot). */
    @SuppressWarnings("rawtypes")
    ResponseEntity<Map> authored(String path, Map<String, ?> body) {
        byte[] bytes = json(body);
        return send(path, bytes, sign(PrincipalAssertion.Purpose.AUTHORED, "POST", path, bytes));
    }

    /** A client's body the front door passes on. */
    @SuppressWarnings("rawtypes")
    ResponseEntity<Map> forwarded(String path, Map<String, ?> body) {
        byte[] bytes = json(body);
        return send(path, bytes, sign(PrincipalAssertion.Purpose.FORWARDED, "POST", path, bytes));
    }

    String sign(PrincipalAssertion.Purpose purpose, String method, String path, byte[] body) {
        return assertions.sign(ADMIN, "10.0.0.7", purpose, PrincipalAssertion.Request.of(method, path, null, body));
    }

    /** Without the client's credentials: the assertion alone signs the request in. */
    @SuppressWarnings("rawtypes")
    ResponseEntity<Map> send(String path, byte[] body, String assertion) {
        RequestEntity<byte[]> request = RequestEntity.method(HttpMethod.POST, URI.create(root + path))
                .contentType(MediaType.APPLICATION_JSON)
                .header(PrincipalAssertion.HEADER, assertion)
                .body(body);
        return anonymous.exchange(request, Map.class);
    }

    static byte[] json(Map<String, ?> body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
