package org.gongkai.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL asks for a password kept in the data dir, also when the data dir is older than that rule. */
class DatabasePasswordIT {

    @TempDir
    Path dataDir;

    @Test
    void givesADataDirFromBeforeThePasswordOneOnItsFirstStartAndKeepsItsData() throws Exception {
        Path cluster = dataDir.resolve("postgres");
        int port = LocalPorts.freePort();
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                        .setDataDirectory(cluster)
                        .setCleanDataDirectory(false)
                        .setPort(port)
                        .start();
                Connection connection = old.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE fact (id text PRIMARY KEY)");
            statement.execute("INSERT INTO fact VALUES ('kept')");
        }
        String url = "jdbc:postgresql://localhost:" + port + "/postgres";
        Path file = dataDir.resolve("postgres.password");

        try (EmbeddedDatabase migrated = EmbeddedDatabase.start(cluster, port)) {
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(migrated.password())
                    .isEqualTo(Files.readString(file).trim())
                    .hasSizeGreaterThan(20);
            assertThatThrownBy(() -> DriverManager.getConnection(url, EmbeddedDatabase.USER, ""))
                    .isInstanceOf(SQLException.class);
            try (Connection connection = DriverManager.getConnection(url, EmbeddedDatabase.USER, migrated.password());
                    var rows = connection.createStatement().executeQuery("SELECT id FROM fact")) {
                assertThat(rows.next()).isTrue();
            }
        }
        try (EmbeddedDatabase restarted = EmbeddedDatabase.start(cluster, port);
                Connection connection = restarted.connect("postgres")) {
            assertThat(connection.isValid(5))
                    .as("a restart signs in with the kept password")
                    .isTrue();
            assertThatThrownBy(() -> DriverManager.getConnection(url, EmbeddedDatabase.USER, "guess"))
                    .isInstanceOf(SQLException.class);
        }
    }
}
