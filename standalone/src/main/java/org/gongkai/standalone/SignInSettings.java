package org.gongkai.standalone;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Sign-in settings of one start: the configured administrator password ({@code GONGKAI_ADMIN_PASSWORD}, may be
 * absent), a generated password the command service uses only if it has to register the first administrator, and
 * a new internal secret for the front door's assertions (both services run in this JVM, so it never leaves it).
 */
record SignInSettings(String adminPassword, String initialAdminPassword, String internalSecret) {

    static final String ADMIN = "admin";

    private static final SecureRandom RANDOM = new SecureRandom();

    static SignInSettings of(String adminPassword) {
        String configured = adminPassword == null || adminPassword.isBlank() ? null : adminPassword;
        return new SignInSettings(configured, randomSecret(), randomSecret() + randomSecret());
    }

    /** 128 random bits, URL-safe: easy to copy from a terminal. */
    static String randomSecret() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
