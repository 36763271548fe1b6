package org.gongkai.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One part of a cluster running in its own JVM: a main class of this jar started with {@code java}, its output in a
 * log file of the data dir. From the standalone jar (a Spring Boot executable jar) the main class is started through
 * Spring Boot's {@code PropertiesLauncher}; from a plain class path (tests, an IDE) directly.
 */
final class ChildProcess {

    private final String name;
    private final Process process;
    private final Path log;

    private ChildProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    static ChildProcess start(
            String name,
            Class<?> main,
            List<String> args,
            Map<String, String> environment,
            String maxHeap,
            Path logDir) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JvmBounds.options(maxHeap)); // heap and the pools outside it (ADR 0035)
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Duser.timezone=Asia/Shanghai");
        // extra options for every part, e.g. a test's -XX:TieredStopAtLevel=1 for a faster start
        for (String option :
                System.getProperty("gongkai.cluster.jvm-options", "").split("\\s+")) {
            if (!option.isBlank()) {
                command.add(option);
            }
        }
        String classPath = System.getProperty("java.class.path");
        command.add("-cp");
        command.add(classPath);
        if (JvmBounds.isExecutableJar(classPath)) {
            command.add("-Dloader.main=" + main.getName());
            command.add("org.springframework.boot.loader.launch.PropertiesLauncher");
        } else {
            command.add(main.getName());
        }
        command.addAll(args);
        try {
            Files.createDirectories(logDir);
            Path log = logDir.resolve(name + ".log");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            JvmBounds.environment(builder.environment());
            builder.environment().putAll(environment);
            return new ChildProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new StartupException(name + " could not be started: " + e.getMessage(), e);
        }
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Process process() {
        return process;
    }

    /** Whether the log holds {@code line} (the part prints it once ready). */
    boolean printed(String line) {
        try {
            return Files.exists(log) && Files.readString(log).contains(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path log() {
        return log;
    }

    /** SIGKILL, as a crash of the machine's process would be: no shutdown hook runs. */
    void kill() {
        process.destroyForcibly();
        waitFor();
    }

    /** SIGTERM: the part closes itself (Spring's and the broker's shutdown hooks). */
    void stop() {
        process.destroy();
        waitFor();
    }

    private void waitFor() {
        try {
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
