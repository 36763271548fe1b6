package org.gongkai.standalone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/**
 * Every Axon auto-configuration on the classpath. Both services share one classpath here, and the query service
 * must not grow an Axon command bus, event store or processors; the list is read, not written down, so a new Axon
 * version cannot slip one in.
 */
final class AxonAutoConfigurations {

    static final String IMPORTS = "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports";

    private AxonAutoConfigurations() {}

    static List<String> onClasspath(ClassLoader classLoader) {
        TreeSet<String> found = new TreeSet<>();
        try {
            for (URL resource : Collections.list(classLoader.getResources(IMPORTS))) {
                try (BufferedReader reader =
                        new BufferedReader(new InputStreamReader(resource.openStream(), StandardCharsets.UTF_8))) {
                    reader.lines()
                            .map(AxonAutoConfigurations::withoutComment)
                            .filter(line -> line.startsWith("org.axonframework"))
                            .forEach(found::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + IMPORTS, e);
        }
        return List.copyOf(found);
    }

    private static String withoutComment(String line) {
        int hash = line.indexOf('#');
        return (hash >= 0 ? line.substring(0, hash) : line).trim();
    }
}
