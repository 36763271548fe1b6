package org.gongkai.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The secret of the applicant-key pseudonyms (ADR 0029): {@code GONGKAI_APPLICANT_KEY_SECRET}, or one generated on
 * the first start and kept in the data directory, readable by its owner only. It must outlive restarts (the same
 * applicant must get the same pseudonym next month) and must not be kept in the database whose leak it protects
 * against, so a backup of the database alone does not carry it.
 */
final class ApplicantKeySecret {

    static final String FILE = "applicant-key-secret";

    private ApplicantKeySecret() {}

    static String of(Path dataDir) {
        String configured = System.getenv("GONGKAI_APPLICANT_KEY_SECRET");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        try {
            Files.createDirectories(dataDir);
            Path file = dataDir.resolve(FILE);
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            String generated = SignInSettings.randomSecret() + SignInSettings.randomSecret();
            Files.writeString(file, generated + "\n");
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's own protection is all there is
            }
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the applicant-key secret in " + dataDir, e);
        }
    }
}
