package org.gongkai.query.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's headless Chromium, run once per page: it loads the page, lets its scripts fetch and render within a
 * virtual-time budget, then prints the DOM or saves a screenshot. Each run gets a fresh profile, so the UI starts
 * in Chinese with nothing remembered.
 */
public final class Chromium {

    public static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 90;

    private final Path work;

    Chromium(Path work) {
        this.work = work;
    }

    public static boolean installed() {
        return Files.isExecutable(EXECUTABLE);
    }

    /** The DOM after the page's scripts ran. */
    String dumpDom(String url) throws IOException, InterruptedException {
        Path out = Files.createTempFile(work, "dom", ".html");
        run(out, "--dump-dom", url);
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** A PNG of the page at a desktop size, for a person to look at. */
    void screenshot(String url, Path png) throws IOException, InterruptedException {
        Files.createDirectories(png.getParent());
        run(
                Files.createTempFile(work, "shot", ".log"),
                "--screenshot=" + png.toAbsolutePath(),
                "--window-size=1280,1700",
                "--hide-scrollbars",
                url);
    }

    private void run(Path stdout, String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "profile");
        List<String> command = new ArrayList<>(List.of(
                EXECUTABLE.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile,
                "--virtual-time-budget=5000"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectError(work.resolve("chromium-stderr.log").toFile())
                .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IllegalStateException("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
        }
    }
}
