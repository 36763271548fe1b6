package org.gongkai.standalone.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Peak resident memory of the whole stack. The JVM (both services and the Kafka broker) reports its own peak as
 * VmHWM. PostgreSQL runs as separate processes (the postmaster, detached from the JVM, and its children);
 * summing their VmHWM would count the shared buffers once per backend, so they are sampled every second as the
 * sum of their private memory (RssAnon) plus the largest shared part (RssShmem + RssFile of one process), and the
 * peak of that sum is kept. The sum of their VmHWM (an overcount) is reported alongside.
 */
final class Memory implements AutoCloseable {

    static final String METHOD = "JVM VmHWM (/proc/self/status: both services and the Kafka broker) + the "
            + "launcher's first JVM's VmHWM when it started this one with bounds + peak of "
            + "per-second samples of the PostgreSQL processes (postmaster from postmaster.pid and its descendants): "
            + "sum of RssAnon + the largest RssShmem+RssFile of one process";

    private final Path postmasterPid;
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "bench-memory");
        thread.setDaemon(true);
        return thread;
    });
    private volatile long postgresPeakKb;
    private volatile long postgresHwmSumKb;
    private volatile int postgresProcesses;

    Memory(Path postgresDir) {
        this.postmasterPid = postgresDir.resolve("postmaster.pid");
        sampler.scheduleAtFixedRate(this::sample, 0, 1, TimeUnit.SECONDS);
    }

    private void sample() {
        List<ProcessHandle> processes = postgresProcesses();
        long anon = 0;
        long shared = 0;
        long hwm = 0;
        for (ProcessHandle process : processes) {
            Map<String, Long> status = status(Path.of("/proc", Long.toString(process.pid()), "status"));
            anon += status.getOrDefault("RssAnon", 0L);
            shared = Math.max(shared, status.getOrDefault("RssShmem", 0L) + status.getOrDefault("RssFile", 0L));
            hwm += status.getOrDefault("VmHWM", 0L);
        }
        postgresPeakKb = Math.max(postgresPeakKb, anon + shared);
        postgresHwmSumKb = Math.max(postgresHwmSumKb, hwm);
        postgresProcesses = Math.max(postgresProcesses, processes.size());
    }

    private List<ProcessHandle> postgresProcesses() {
        try {
            long pid = Long.parseLong(Files.readAllLines(postmasterPid, StandardCharsets.US_ASCII)
                    .get(0)
                    .trim());
            Optional<ProcessHandle> postmaster = ProcessHandle.of(pid);
            if (postmaster.isEmpty()) {
                return List.of();
            }
            List<ProcessHandle> all = new java.util.ArrayList<>();
            all.add(postmaster.get());
            postmaster.get().descendants().forEach(all::add);
            return all;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    static Map<String, Long> status(Path file) {
        Map<String, Long> values = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.endsWith(" kB")) {
                    values.put(
                            line.substring(0, colon),
                            Long.parseLong(
                                    line.substring(colon + 1, line.length() - 3).trim()));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between listing and reading
        }
        return values;
    }

    Map<String, Object> json() {
        sample();
        long jvmKb = status(Path.of("/proc/self/status")).getOrDefault("VmHWM", 0L);
        // started by the launcher's first, idle JVM (ADR 0035): it is part of the stack's memory too
        long launcherKb = System.getenv("GONGKAI_BOUNDED_JVM") == null
                ? 0
                : ProcessHandle.current()
                        .parent()
                        .map(parent -> status(Path.of("/proc", Long.toString(parent.pid()), "status"))
                                .getOrDefault("VmHWM", 0L))
                        .orElse(0L);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("peakRssMb", (jvmKb + postgresPeakKb + launcherKb) / 1024);
        json.put("launcherRssMb", launcherKb / 1024);
        json.put("jvmPeakRssMb", jvmKb / 1024);
        json.put("postgresPeakRssMb", postgresPeakKb / 1024);
        json.put("postgresVmHwmSumMb", postgresHwmSumKb / 1024);
        json.put("postgresProcesses", postgresProcesses);
        json.put("jvmMaxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        json.put("summed", METHOD);
        return json;
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
