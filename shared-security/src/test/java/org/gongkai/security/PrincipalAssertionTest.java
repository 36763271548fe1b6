package org.gongkai.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.gongkai.events.user.UserRole;
import org.gongkai.security.PrincipalAssertion.Purpose;
import org.gongkai.security.PrincipalAssertion.Request;
import org.junit.jupiter.api.Test;

class PrincipalAssertionTest {

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    private static final SignedInUser CLERK = new SignedInUser("kupu-clerk", UserRole.CLERK, "kupu");
    private static final Request RECORD =
            Request.of("POST", "/api/applications", null, "{\"agencyId\":\"kupu\"}".getBytes(StandardCharsets.UTF_8));

    private final PrincipalAssertion frontDoor = new PrincipalAssertion("test-internal-secret", at(NOW));
    private final PrincipalAssertion commandSide = new PrincipalAssertion("test-internal-secret", at(NOW));

    @Test
    void readsBackTheUserAddressAndPurposeItSigned() {
        String assertion = frontDoor.sign(CLERK, "10.0.0.7", Purpose.FORWARDED, RECORD);

        assertThat(commandSide.verify(assertion, RECORD))
                .contains(new PrincipalAssertion.Verified(CLERK, "10.0.0.7", Purpose.FORWARDED));
    }

    @Test
    void isAcceptedOnceOnly() {
        String assertion = frontDoor.sign(CLERK, "10.0.0.7", Purpose.FORWARDED, RECORD);

        assertThat(commandSide.verify(assertion, RECORD)).isPresent();
        assertThat(commandSide.verify(assertion, RECORD)).isEmpty();
    }

    @Test
    void isRefusedForAnotherMethodPathQueryOrBody() {
        String assertion = frontDoor.sign(CLERK, "10.0.0.7", Purpose.FORWARDED, RECORD);
        byte[] body = "{\"agencyId\":\"kupu\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(commandSide.verify(assertion, Request.of("PUT", "/api/applications", null, body)))
                .isEmpty();
        assertThat(commandSide.verify(assertion, Request.of("POST", "/api/users", null, body)))
                .isEmpty();
        assertThat(commandSide.verify(assertion, Request.of("POST", "/api/applications", "x=1", body)))
                .isEmpty();
        assertThat(commandSide.verify(
                        assertion,
                        Request.of(
                                "POST",
                                "/api/applications",
                                null,
                                "{\"agencyId\":\"other\"}".getBytes(StandardCharsets.UTF_8))))
                .isEmpty();
        assertThat(commandSide.verify(assertion, RECORD))
                .as("the request it was made for")
                .isPresent();
    }

    @Test
    void expiresAfterItsLifetime() {
        String assertion = frontDoor.sign(CLERK, "10.0.0.7", Purpose.FORWARDED, RECORD);
        PrincipalAssertion later = new PrincipalAssertion(
                "test-internal-secret", at(NOW.plus(PrincipalAssertion.LIFETIME).plusSeconds(1)));

        assertThat(later.verify(assertion, RECORD)).isEmpty();
    }

    @Test
    void isRefusedWhenSignedWithAnotherSecretOrChanged() {
        String assertion = frontDoor.sign(CLERK, "10.0.0.7", Purpose.FORWARDED, RECORD);

        assertThat(new PrincipalAssertion("another-secret", at(NOW)).verify(assertion, RECORD))
                .isEmpty();
        assertThat(commandSide.verify(assertion.replace(".CLERK.", ".ADMIN."), RECORD))
                .isEmpty();
        assertThat(commandSide.verify(assertion.replace(".FORWARDED.", ".AUTHORED."), RECORD))
                .isEmpty();
        assertThat(commandSide.verify("v2.garbage", RECORD)).isEmpty();
        assertThat(commandSide.verify(assertion, RECORD))
                .as("the untouched one")
                .isPresent();
    }

    @Test
    void saysWhenTheFrontDoorWroteTheBodyItself() {
        String assertion = frontDoor.sign(CLERK, "10.0.0.7", Purpose.AUTHORED, RECORD);

        assertThat(commandSide.verify(assertion, RECORD))
                .map(PrincipalAssertion.Verified::purpose)
                .contains(Purpose.AUTHORED);
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }
}
