package org.gongkai.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Demo data goes only into a fresh data dir, and a data dir that holds it says so (a marker file), so the UI can
 * tell everyone that these numbers are not real.
 */
final class DemoMarker {

    static final String FILE = "demo-data";

    private DemoMarker() {}

    static boolean isFresh(Path dataDir) {
        return !Files.exists(dataDir.resolve("postgres")) && !Files.exists(dataDir.resolve("kafka"));
    }

    static void mark(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Files.writeString(
                    dataDir.resolve(FILE), "This data dir holds generated demo data (托里县), not real facts.\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isMarked(Path dataDir) {
        return Files.exists(dataDir.resolve(FILE));
    }
}
