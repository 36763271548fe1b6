package org.gongkai.command.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.gongkai.events.user.UserRole;
import org.junit.jupiter.api.Test;

class FrontDoorAssertionTest {

    /** Signed by the query service's PrincipalAssertion (its PrincipalAssertionTest pins the same string). */
    static final String EXAMPLE =
            "v1.a3VwdS1jbGVyaw.CLERK.a3VwdQ.MTAuMC4wLjc.4102444860." + "oxpHN9GgsZ5Kp7jx_e1I2_7xO85U9fNiJJYTWMLXbTk";

    static final Instant BEFORE_EXPIRY = Instant.ofEpochSecond(4102444800L);

    private final FrontDoorAssertion assertions = new FrontDoorAssertion("test-internal-secret");

    @Test
    void readsTheUserAndClientAddressTheFrontDoorSigned() {
        assertThat(assertions.verify(EXAMPLE, BEFORE_EXPIRY))
                .contains(new FrontDoorAssertion.Verified(
                        new SignedInUser("kupu-clerk", UserRole.CLERK, "kupu"), "10.0.0.7"));
    }

    @Test
    void refusesAnExpiredAssertion() {
        assertThat(assertions.verify(EXAMPLE, BEFORE_EXPIRY.plusSeconds(61))).isEmpty();
    }

    @Test
    void refusesAnAssertionSignedWithAnotherSecretOrChanged() {
        assertThat(new FrontDoorAssertion("another-secret").verify(EXAMPLE, BEFORE_EXPIRY))
                .isEmpty();
        String promoted = EXAMPLE.replace(".CLERK.", ".ADMIN.");
        assertThat(assertions.verify(promoted, BEFORE_EXPIRY)).isEmpty();
        assertThat(assertions.verify("v1.garbage", BEFORE_EXPIRY)).isEmpty();
    }
}
