package org.gongkai.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The executable jar as an operator runs it: arguments, exit codes, the ready line, a clean stop. */
class LauncherIT {

    private static final Path JAR = Path.of("target", "gongkai-standalone.jar");

    @TempDir
    Path workDir;

    @Test
    void printsTheUsageForHelp() throws Exception {
        Result result = runToEnd("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("--data-dir", "--port");
    }

    @Test
    void refusesAnUnknownOptionWithExitCode2() throws Exception {
        Result result = runToEnd("--bogus");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("unknown option: --bogus");
    }

    @Test
    void refusesAnUnknownBenchmarkOptionWithExitCode2() throws Exception {
        Result result = runToEnd("bench", "--faster");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("unknown option: --faster");
    }

    @Test
    void refusesAPortInUseBeforeStartingAnything() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            Result result = runToEnd(
                    "--port",
                    Integer.toString(taken.getLocalPort()),
                    "--data-dir",
                    workDir.resolve("data").toString());

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).contains("port " + taken.getLocalPort() + " is already in use");
            assertThat(workDir.resolve("data")).doesNotExist();
        }
    }

    @Test
    void startsEveryPartAndStopsThemAllOnTermination() throws Exception {
        int port = LocalPorts.freePort();
        Path dataDir = workDir.resolve("data");
        Path out = workDir.resolve("out.txt");
        Process launcher = start(out, "--port", Integer.toString(port), "--data-dir", dataDir.toString());
        try {
            await().atMost(Duration.ofMinutes(5))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> Files.readString(out).contains("Gongkai is ready at http://localhost:" + port)
                            || !launcher.isAlive());
            assertThat(Files.readString(out))
                    .as("launcher output")
                    .contains("Gongkai is ready at http://localhost:" + port)
                    .contains("Sign in as admin with password ");
            assertThat(health(port)).contains("\"status\":\"UP\"");
            long postmaster = Long.parseLong(
                    Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"), StandardCharsets.US_ASCII)
                            .get(0)
                            .trim());

            launcher.destroy(); // SIGTERM, the same shutdown path as Ctrl-C

            assertThat(launcher.waitFor(60, TimeUnit.SECONDS))
                    .as("launcher exits")
                    .isTrue();
            assertThat(Files.readString(out)).contains("Gongkai stopped.");
            assertThat(ProcessHandle.of(postmaster).filter(ProcessHandle::isAlive))
                    .as("PostgreSQL")
                    .isEmpty();
        } finally {
            launcher.destroyForcibly();
        }
    }

    private static String health(int port) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private record Result(int exitCode, String out, String err) {}

    private Result runToEnd(String... args) throws Exception {
        Path out = workDir.resolve("out.txt");
        Path err = workDir.resolve("err.txt");
        Process process = new ProcessBuilder(command(args))
                .directory(workDir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("launcher exits").isTrue();
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private Process start(Path out, String... args) throws IOException {
        return new ProcessBuilder(command(args))
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .start();
    }

    private static List<String> command(String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-jar");
        command.add(JAR.toAbsolutePath().toString());
        command.addAll(List.of(args));
        return command;
    }
}
