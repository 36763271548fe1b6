package org.gongkai.command.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gongkai.events.user.UserRole;

/**
 * Reads the assertion with which the query service (the front door) forwards a signed-in user's write
 * (ADR 0010): {@code v1.<user>.<role>.<agency>.<client address>.<expiry>.<mac>}, the names base64url-encoded, the
 * expiry in epoch seconds, the MAC an HMAC-SHA256 over everything before it with the shared internal secret.
 * The query service's {@code PrincipalAssertion} writes the same format; both are tested against one example.
 */
final class FrontDoorAssertion {

    /** A verified assertion: who, and from which client address the request reached the front door. */
    record Verified(SignedInUser user, String clientAddress) {}

    static final String HEADER = "X-Gongkai-Principal";

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final byte[] secret;

    FrontDoorAssertion(String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    Optional<Verified> verify(String assertion, Instant now) {
        String[] parts = assertion.split("\\.", -1);
        if (parts.length != 7 || !parts[0].equals("v1")) {
            return Optional.empty();
        }
        int lastDot = assertion.lastIndexOf('.');
        byte[] expected = mac(assertion.substring(0, lastDot));
        byte[] given;
        try {
            given = DECODE.decode(parts[6]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(expected, given)) {
            return Optional.empty();
        }
        try {
            if (Long.parseLong(parts[5]) < now.getEpochSecond()) {
                return Optional.empty();
            }
            String agency = text(parts[3]);
            return Optional.of(new Verified(
                    new SignedInUser(text(parts[1]), UserRole.valueOf(parts[2]), agency.isEmpty() ? null : agency),
                    text(parts[4])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String text(String encoded) {
        return new String(DECODE.decode(encoded), StandardCharsets.UTF_8);
    }

    static String encode(String value) {
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
