package org.gongkai.query.visibility;

import java.util.concurrent.TimeUnit;
import org.gongkai.query.intake.ProjectionCommitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Wakes the reads that wait for a write's position (ADR 0023) when this instance's consumer commits a batch. A
 * read then waits for the commit, not for the next tick of its poll: without it each read after a write waited
 * half a poll interval (10 ms) on average after the write was already visible. A position another instance applies
 * is still seen on the next poll, which stays the fallback.
 */
@Component
class BatchCommits {

    private long committed;

    @EventListener
    synchronized void on(ProjectionCommitted batch) {
        committed++;
        notifyAll();
    }

    /** How many batches have committed so far; taken before the check that the wait is about. */
    synchronized long count() {
        return committed;
    }

    /** Waits until a batch commits after the {@code seen} count, or until the time is up, whichever comes first. */
    synchronized void awaitAfter(long seen, long timeoutNanos) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        while (committed == seen) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }
}
