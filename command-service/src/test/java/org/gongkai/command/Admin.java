package org.gongkai.command;

/** The administrator the integration tests sign in as: security stays on in every test of the real path. */
final class Admin {

    static final String PASSWORD = "test-admin-password";
    static final String PASSWORD_PROPERTY = "gongkai.security.admin-password=" + PASSWORD;

    private Admin() {}
}
