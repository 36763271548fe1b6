package org.gongkai.standalone;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;

/**
 * The memory a Gongkai JVM may take, for one small machine (ADR 0035). Without a limit the JVM sizes its heap to a
 * quarter of the machine's memory and lets it grow lazily towards that (6 GB on a 24 GB machine: the stack peaked at
 * 1.5 GB with the data of a replay), and glibc gives each busy thread its own malloc arena. So every JVM the launcher
 * starts gets a heap limit, limits on the pools outside the heap (metaspace, compiled code, direct buffers, NIO's
 * per-thread buffer cache) and two malloc arenas.
 *
 * <p>{@code java -jar gongkai-standalone.jar} (run and bench) starts itself once more with these options unless its
 * own command line already chose a heap limit: a jar cannot carry JVM options, and the heap limit can only be set
 * when a JVM starts. The first JVM only waits for the second and hands signals on.
 */
final class JvmBounds {

    /** Heap of the one JVM of the standalone stack: both services and the Kafka broker (ADR 0035, 0042). */
    static final String STANDALONE_HEAP = "352m";

    /** Set in the environment of a JVM started with these bounds, so that it does not start itself again. */
    static final String BOUNDED = "GONGKAI_BOUNDED_JVM";

    private JvmBounds() {}

    /** The JVM options for a heap of at most {@code maxHeap} and bounded pools outside it. */
    static List<String> options(String maxHeap) {
        return List.of(
                "-Xmx" + maxHeap,
                // two Spring contexts, Hibernate and the broker load about 180 MB of classes; 60-80 MB of JIT code
                "-XX:MaxMetaspaceSize=256m",
                "-XX:ReservedCodeCacheSize=128m",
                "-XX:MaxDirectMemorySize=128m",
                // NIO keeps a temporary direct buffer per thread as large as the largest write; cap what it keeps
                "-Djdk.nio.maxCachedBufferSize=262144",
                // many small JVMs or one busy one on few cores: no parallel or concurrent collector threads
                "-XX:+UseSerialGC");
    }

    /** The environment of a bounded JVM: few malloc arenas (glibc's default is eight per core, each up to 64 MB). */
    static void environment(Map<String, String> environment) {
        environment.put("MALLOC_ARENA_MAX", "2");
        environment.put(BOUNDED, "1");
    }

    /**
     * Whether this JVM should start itself again with bounds: it runs from the executable jar (not from tests or an
     * IDE, whose class path is the build's), was not started with bounds, and no heap limit was given on its command
     * line.
     */
    static boolean shouldRelaunch() {
        if (System.getenv(BOUNDED) != null || !isExecutableJar(System.getProperty("java.class.path"))) {
            return false;
        }
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .noneMatch(option -> option.startsWith("-Xmx")
                        || option.startsWith("-XX:MaxHeapSize")
                        || option.startsWith("-XX:MaxRAM"));
    }

    /**
     * Runs the same jar with the same arguments and JVM options in a bounded JVM, sharing this one's standard
     * streams, and returns its exit code. A SIGTERM to this JVM is handed on (its shutdown hook stops the other
     * and waits for it); Ctrl-C reaches both, as they share the terminal's process group.
     */
    static int relaunch(String[] args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(relaunchOptions(ManagementFactory.getRuntimeMXBean().getInputArguments()));
        command.add("-jar");
        command.add(System.getProperty("java.class.path"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        environment(builder.environment());
        Process child;
        try {
            child = builder.start();
        } catch (IOException e) {
            throw new StartupException("could not start the bounded JVM: " + e.getMessage(), e);
        }
        Thread handOn = new Thread(
                () -> {
                    if (child.isAlive()) {
                        child.destroy();
                        waitFor(child);
                    }
                },
                "gongkai-relaunch-stop");
        Runtime.getRuntime().addShutdownHook(handOn);
        return waitFor(child);
    }

    /**
     * The bounds followed by the options this JVM was started with ({@code own}), which come last so that they win;
     * a collector the operator chose replaces the serial one (two collectors on one command line stop the JVM).
     */
    static List<String> relaunchOptions(List<String> own) {
        boolean collectorChosen = own.stream().anyMatch(option -> option.matches("-XX:\\+Use\\w*GC"));
        List<String> options = new ArrayList<>();
        options(STANDALONE_HEAP).stream()
                .filter(option -> !(collectorChosen && option.equals("-XX:+UseSerialGC")))
                .forEach(options::add);
        options.addAll(own);
        return options;
    }

    /**
     * In the bounded JVM: ends this JVM (through its shutdown hooks) when the JVM that started it is gone, even if
     * that one was killed without a chance to hand anything on.
     */
    static void followParent() {
        if (System.getenv(BOUNDED) == null) {
            return;
        }
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(143)));
    }

    private static int waitFor(Process process) {
        while (true) {
            try {
                return process.waitFor();
            } catch (InterruptedException e) {
                // keep waiting: the child decides when it is done
            }
        }
    }

    static boolean isExecutableJar(String classPath) {
        if (classPath == null || classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return false;
        }
        try (JarFile jar = new JarFile(classPath)) {
            return jar.getEntry("BOOT-INF/") != null || jar.getEntry("BOOT-INF/lib/") != null;
        } catch (IOException e) {
            return false;
        }
    }
}
