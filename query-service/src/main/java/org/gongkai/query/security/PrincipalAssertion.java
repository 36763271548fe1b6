package org.gongkai.query.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The front door's word for a signed-in user, sent with each forwarded write (ADR 0010):
 * {@code v1.<user>.<role>.<agency>.<client address>.<expiry>.<mac>}, the names base64url-encoded, the expiry in
 * epoch seconds, the MAC an HMAC-SHA256 over everything before it with the internal secret shared with the
 * command service, which reads it back in {@code FrontDoorAssertion}.
 */
public final class PrincipalAssertion {

    public static final String HEADER = "X-Gongkai-Principal";
    static final Duration LIFETIME = Duration.ofSeconds(60);

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();

    private final byte[] secret;

    public PrincipalAssertion(String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String sign(SignedInUser user, String clientAddress, Instant now) {
        String signed = "v1." + encode(user.username()) + "." + user.role().name() + "."
                + encode(user.agencyId() == null ? "" : user.agencyId()) + "." + encode(clientAddress) + "."
                + now.plus(LIFETIME).getEpochSecond();
        return signed + "." + ENCODE.encodeToString(mac(signed));
    }

    private static String encode(String value) {
        return ENCODE.encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] mac(String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(signed.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }
}
