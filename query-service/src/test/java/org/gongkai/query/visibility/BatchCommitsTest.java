package org.gongkai.query.visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
        AtomicLong waited = new AtomicLong(-1);
        Thread reader = new Thread(() -> {
            long started = System.nanoTime();
            try {
                commits.awaitAfter(seen, TimeUnit.SECONDS.toNanos(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            waited.set(System.nanoTime() - started);
        });
        reader.start();
        // the reader is inside its wait before the batch commits
        await().atMost(Duration.ofSeconds(10)).until(() -> reader.getState() == Thread.State.TIMED_WAITING);
        commits.on(BATCH);

        reader.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(waited.get()).isNotNegative();
        assertThat(Duration.ofNanos(waited.get())).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void withoutABatchTheWaitEndsWhenItsTimeIsUp() throws Exception {
        long started = System.nanoTime();
        commits.awaitAfter(commits.count(), TimeUnit.MILLISECONDS.toNanos(50));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
        assertThat(commits.count()).isZero();
    }
}
