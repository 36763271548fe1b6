package org.gongkai.standalone.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CpuCostTest {

    @Test
    void costPerWriteSubtractsTheLoadGeneratorAndAddsPostgres() {
        // 10 s of JVM CPU of which 2 s the clients' and 1.5 s the JIT's, 3 s of PostgreSQL, over 1,000 writes in 5 s
        CpuCost.Sample before = new CpuCost.Sample(1_000_000_000L, 500_000_000L, 0, 400_000_000L, 0);
        CpuCost.Sample after =
                new CpuCost.Sample(11_000_000_000L, 2_500_000_000L, 3_000_000_000L, 1_900_000_000L, 5_000_000_000L);

        CpuCost.Cost cost = CpuCost.Cost.between(before, after, 1000);

        assertThat(cost.jvmMsPerWrite()).isEqualTo(8.0);
        assertThat(cost.postgresMsPerWrite()).isEqualTo(3.0);
        assertThat(cost.loadMsPerWrite()).isEqualTo(2.0);
        assertThat(cost.compilerMsPerWrite()).as("part of the JVM's 8 ms").isEqualTo(1.5);
        assertThat(cost.cpuMsPerWrite()).isEqualTo(11.0);
        assertThat(cost.stackCoresBusy()).isEqualTo(2.2);
    }

    @Test
    void readsThisProcessCpuFromProc() {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double sink = 0;
        while (threads.getCurrentThreadCpuTime() < 300_000_000L) {
            sink += Math.sqrt(sink + 1);
        }
        long[] times = CpuCost.stat(ProcessHandle.current().pid());

        assertThat(times[0] + times[1])
                .as("utime + stime after 300 ms of spinning (%s)", sink)
                .isGreaterThan(10);
    }

    @Test
    void aProcessThatIsGoneCostsNothing() {
        assertThat(CpuCost.stat(Long.MAX_VALUE)).containsExactly(0, 0, 0, 0);
        assertThat(new CpuCost(Path.of("/nonexistent")).sample().postgresNanos())
                .isZero();
    }

    @Test
    void theJitCompilersOfThisJvmHaveWorked() {
        long compilers = CpuCost.compilerNanos();
        long process = ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();

        // a JVM that started JUnit has compiled for far longer than one clock tick (10 ms)
        assertThat(compilers).isGreaterThanOrEqualTo(10_000_000L).isLessThan(process);
    }

    @Test
    void benchmarkThreadsCountAsLoad() throws InterruptedException {
        CpuCost cpu = new CpuCost(Path.of("/nonexistent"));
        long before = cpu.sample().loadNanos();
        Thread client = new Thread(
                () -> {
                    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
                    while (threads.getCurrentThreadCpuTime() < 150_000_000L) {
                        Thread.onSpinWait();
                    }
                    CpuCost.threadEnding();
                },
                "bench-test-client");
        client.start();
        client.join();

        assertThat(cpu.sample().loadNanos() - before).isGreaterThan(100_000_000L);
    }
}
