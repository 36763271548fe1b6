package org.gongkai.query.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.gongkai.query.intake.ProjectionCommitted;
import org.junit.jupiter.api.Test;

class BatchCommitsTest {

    private static final ProjectionCommitted BATCH = new ProjectionCommitted(Set.of("agency"), 1);

    private final BatchCommits commits = new BatchCommits();

    @Test
    void aBatchCommittedAfterTheCountWasTakenEndsTheWaitAtOnce() throws Exception {
        long seen = commits.count();
        commits.on(BATCH); // between the reader's check and its wait

        long started = System.nanoTime();
        commits.awaitAfter(seen, TimeUnit.SECONDS.toNanos(30));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(commits.count()).isEqualTo(seen + 1);
    }

    @Test
    void aBatchCommittedDuringTheWaitWakesIt() throws Exception {
        long seen = commits.count();
        CompletableFuture<Long> woken = CompletableFuture.supplyAsync(() -> {
            long started = System.nanoTime();
            try {
                commits.awaitAfter(seen, TimeUnit.SECONDS.toNanos(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return System.nanoTime() - started;
        });
        Thread.sleep(100);
        commits.on(BATCH);

        assertThat(Duration.ofNanos(woken.get(10, TimeUnit.SECONDS))).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void withoutABatchTheWaitEndsWhenItsTimeIsUp() throws Exception {
        long started = System.nanoTime();
        commits.awaitAfter(commits.count(), TimeUnit.MILLISECONDS.toNanos(50));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
        assertThat(commits.count()).isZero();
    }
}
