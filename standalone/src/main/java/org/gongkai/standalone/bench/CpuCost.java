package org.gongkai.standalone.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * CPU spent by the stack over a phase: the JVM's process CPU minus the benchmark's own threads (its clients, their
 * HTTP client's threads, its samplers), plus the CPU of the PostgreSQL processes. Throughput on a shared machine
 * says little; CPU per write says what a write costs wherever it runs.
 *
 * <p>The benchmark's threads are every thread whose name starts with {@code bench-} and the threads registered
 * with {@link #countAsLoad(long)} (the selector of the benchmark's {@code java.net.http} client, which names its own
 * threads). A benchmark thread that ends during a phase adds its CPU with {@link #threadEnding()} just before, since
 * an ended thread's CPU can no longer be read. PostgreSQL's figure is {@code utime + stime} of the postmaster and
 * every live descendant (from {@code /proc/PID/stat}) plus the postmaster's {@code cutime + cstime}: the CPU of the
 * backends that ended and were reaped by it.
 */
final class CpuCost {

    /** Clock ticks per second of {@code /proc/PID/stat} ({@code getconf CLK_TCK}; 100 on Linux on x86 and arm64). */
    private static final long TICKS_PER_SECOND = 100;

    private static final Set<Long> LOAD_THREADS = ConcurrentHashMap.newKeySet();
    private static final AtomicLong ENDED_LOAD_NANOS = new AtomicLong();

    private final Path postmasterPid;

    record Sample(long jvmNanos, long loadNanos, long postgresNanos, long compilerNanos, long at) {}

    /** The cost between two samples, divided by the {@code writes} done between them. */
    record Cost(
            double cpuMsPerWrite,
            double jvmMsPerWrite,
            double postgresMsPerWrite,
            double loadMsPerWrite,
            double compilerMsPerWrite,
            double stackCoresBusy) {

        static Cost between(Sample before, Sample after, long writes) {
            double per = Math.max(1, writes) * 1e6;
            long jvm = (after.jvmNanos - before.jvmNanos) - (after.loadNanos - before.loadNanos);
            long postgres = after.postgresNanos - before.postgresNanos;
            long load = after.loadNanos - before.loadNanos;
            return new Cost(
                    Bench.round((jvm + postgres) / per),
                    Bench.round(jvm / per),
                    Bench.round(postgres / per),
                    Bench.round(load / per),
                    Bench.round((after.compilerNanos - before.compilerNanos) / per),
                    Bench.round((double) (jvm + postgres) / Math.max(1, after.at - before.at)));
        }
    }

    CpuCost(Path postgresDir) {
        this.postmasterPid = postgresDir.resolve("postmaster.pid");
    }

    /** Counts the thread with {@code id} as the benchmark's own, out of the stack's CPU. */
    static void countAsLoad(long id) {
        LOAD_THREADS.add(id);
    }

    /** Called by a benchmark thread as its last act: keeps its CPU in the load figure after it ended. */
    static void threadEnding() {
        ENDED_LOAD_NANOS.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
    }

    Sample sample() {
        long at = System.nanoTime();
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        return new Sample(jvm, loadNanos(), postgresNanos(), compilerNanos(), at);
    }

    private static long loadNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sum = ENDED_LOAD_NANOS.get();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null
                    && (info.getThreadName().startsWith("bench-") || LOAD_THREADS.contains(info.getThreadId()))) {
                sum += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return sum;
    }

    /**
     * CPU of the JVM's JIT compiler threads ({@code C1 CompilerThre…}, {@code C2 CompilerThre…} in
     * {@code /proc/self/task/TID/comm}; ThreadMXBean does not list them). Part of the JVM figure: the stack compiles
     * its hot paths for minutes under load on two cores, so a phase says how much of its cost was still the JIT.
     */
    static long compilerNanos() {
        long ticks = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                if (isCompiler(task)) {
                    long[] times = stat(task.resolve("stat"));
                    ticks += times[0] + times[1];
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0; // no /proc: no figure
        }
        return ticks * (1_000_000_000L / TICKS_PER_SECOND);
    }

    private static boolean isCompiler(Path task) {
        try {
            String name = Files.readString(task.resolve("comm"), StandardCharsets.US_ASCII);
            return name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre");
        } catch (IOException e) {
            return false; // the thread ended while listed
        }
    }

    private long postgresNanos() {
        Optional<ProcessHandle> postmaster = postmaster();
        if (postmaster.isEmpty()) {
            return 0;
        }
        long ticks = 0;
        long[] own = stat(postmaster.get().pid());
        ticks += own[0] + own[1] + own[2] + own[3];
        List<ProcessHandle> children = new ArrayList<>();
        postmaster.get().descendants().forEach(children::add);
        for (ProcessHandle child : children) {
            long[] times = stat(child.pid());
            ticks += times[0] + times[1];
        }
        return ticks * (1_000_000_000L / TICKS_PER_SECOND);
    }

    private Optional<ProcessHandle> postmaster() {
        try {
            long pid = Long.parseLong(Files.readAllLines(postmasterPid, StandardCharsets.US_ASCII)
                    .get(0)
                    .trim());
            return ProcessHandle.of(pid);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** utime, stime, cutime, cstime of a process in clock ticks; zeros when it ended meanwhile. */
    static long[] stat(long pid) {
        return stat(Path.of("/proc", Long.toString(pid), "stat"));
    }

    /** utime, stime, cutime, cstime from a {@code stat} file of /proc; zeros when its process or thread ended. */
    private static long[] stat(Path statFile) {
        try {
            String line = Files.readString(statFile, StandardCharsets.US_ASCII);
            // the command name (field 2) is in parentheses and may hold spaces: count fields after its end
            String[] fields = line.substring(line.lastIndexOf(')') + 2).trim().split(" ");
            // fields[0] is field 3 (state), so utime (field 14) is fields[11]
            return new long[] {
                Long.parseLong(fields[11]),
                Long.parseLong(fields[12]),
                Long.parseLong(fields[13]),
                Long.parseLong(fields[14])
            };
        } catch (IOException | RuntimeException e) {
            return new long[4];
        }
    }
}
