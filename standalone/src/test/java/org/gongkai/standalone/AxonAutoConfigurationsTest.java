package org.gongkai.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AxonAutoConfigurationsTest {

    @TempDir
    Path jarRoot;

    @Test
    void listsEveryAxonEntryOfEveryImportsFileAndNothingElse() throws IOException {
        Path imports = jarRoot.resolve(AxonAutoConfigurations.IMPORTS);
        Files.createDirectories(imports.getParent());
        Files.writeString(imports, """
                # Axon's own
                org.axonframework.springboot.autoconfig.AxonAutoConfiguration
                org.axonframework.springboot.autoconfig.JdbcAutoConfiguration  # trailing comment

                org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration
                """);
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {jarRoot.toUri().toURL()}, null)) {
            assertThat(AxonAutoConfigurations.onClasspath(loader))
                    .containsExactly(
                            "org.axonframework.springboot.autoconfig.AxonAutoConfiguration",
                            "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration");
        }
    }

    @Test
    void findsTheAxonAutoConfigurationsShippedWithTheCommandService() {
        assertThat(AxonAutoConfigurations.onClasspath(getClass().getClassLoader()))
                .isNotEmpty()
                .allMatch(name -> name.startsWith("org.axonframework"))
                .contains("org.axonframework.springboot.autoconfig.AxonAutoConfiguration");
    }
}
