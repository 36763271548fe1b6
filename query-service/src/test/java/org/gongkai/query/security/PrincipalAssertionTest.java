package org.gongkai.query.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.gongkai.events.user.UserRole;
import org.junit.jupiter.api.Test;

class PrincipalAssertionTest {

    /** The same example is read back by the command service's FrontDoorAssertionTest: one format, two sides. */
    static final String EXAMPLE =
            "v1.a3VwdS1jbGVyaw.CLERK.a3VwdQ.MTAuMC4wLjc.4102444860." + "oxpHN9GgsZ5Kp7jx_e1I2_7xO85U9fNiJJYTWMLXbTk";

    @Test
    void signsUserRoleAgencyAddressAndExpiryWithTheSharedSecret() {
        String assertion = new PrincipalAssertion("test-internal-secret")
                .sign(
                        new SignedInUser("kupu-clerk", UserRole.CLERK, "kupu"),
                        "10.0.0.7",
                        Instant.ofEpochSecond(4102444800L));

        assertThat(assertion).isEqualTo(EXAMPLE);
    }

    @Test
    void signsDifferentlyWithAnotherSecret() {
        String assertion = new PrincipalAssertion("another-secret")
                .sign(
                        new SignedInUser("kupu-clerk", UserRole.CLERK, "kupu"),
                        "10.0.0.7",
                        Instant.ofEpochSecond(4102444800L));

        assertThat(assertion).isNotEqualTo(EXAMPLE).startsWith("v1.a3VwdS1jbGVyaw.CLERK.a3VwdQ.");
    }
}
