package org.gongkai.standalone;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The embedded PostgreSQL's superuser password: generated on the first start with this rule and kept in the data
 * dir in a file only its owner may read (POSIX 600), so both services (and the benchmark) can sign in and no other
 * local user can. The cluster's {@code pg_hba.conf} is rewritten to demand it from every connection.
 */
final class DatabasePassword {

    static final String FILE = "postgres.password";

    /** Every connection, local socket or loopback, proves the password. */
    static final String HBA = """
            # Written by Gongkai: every connection signs in with the password in ../postgres.password
            local   all             all                                     scram-sha-256
            host    all             all             127.0.0.1/32            scram-sha-256
            host    all             all             ::1/128                 scram-sha-256
            local   replication     all                                     scram-sha-256
            host    replication     all             127.0.0.1/32            scram-sha-256
            host    replication     all             ::1/128                 scram-sha-256
            """;

    private DatabasePassword() {}

    /** The password in {@code file}, created (owner read/write only) with a new random one if absent. */
    static String in(Path file) {
        try {
            if (!Files.exists(file)) {
                String generated = SignInSettings.randomSecret() + SignInSettings.randomSecret();
                Path fresh = file.resolveSibling(FILE + ".new");
                Files.deleteIfExists(fresh);
                Files.createFile(
                        fresh, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(fresh, generated, StandardCharsets.UTF_8);
                try {
                    Files.move(fresh, file);
                } catch (FileAlreadyExistsException raced) {
                    Files.deleteIfExists(fresh);
                }
            }
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException | UnsupportedOperationException e) {
            throw new StartupException(
                    "The PostgreSQL password file " + file + " cannot be used: " + e.getMessage(), e);
        }
    }

    /** Rewrites {@code pg_hba.conf} to demand the password; true when it changed (the server must reload). */
    static boolean requireScram(Path hba) throws IOException {
        if (Files.exists(hba) && Files.readString(hba, StandardCharsets.UTF_8).equals(HBA)) {
            return false;
        }
        Files.writeString(hba, HBA, StandardCharsets.UTF_8);
        return true;
    }
}
