package org.gongkai.command.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * How far the imports under way (and the last finished ones) have come, by the id the uploader chose, so the UI
 * can show a progress bar while a large register is recorded. Kept in memory: progress is a courtesy, the answer
 * of the upload itself is the record of what happened.
 */
@Component
class ImportProgress {

    private static final int KEPT = 200;

    /** What a poll answers. */
    record Snapshot(int rows, int done, int rejected, boolean finished) {}

    /** Counts of one import, updated by its worker threads. */
    static final class Tracker {
        private final int rows;
        private final AtomicInteger done;
        private final AtomicInteger rejected;
        private volatile boolean finished;

        Tracker(int rows, int refusedBeforeSending) {
            this.rows = rows;
            this.done = new AtomicInteger(refusedBeforeSending);
            this.rejected = new AtomicInteger(refusedBeforeSending);
        }

        void rowDone(boolean recorded) {
            done.incrementAndGet();
            if (!recorded) {
                rejected.incrementAndGet();
            }
        }

        void finish() {
            finished = true;
        }

        Snapshot snapshot() {
            return new Snapshot(rows, done.get(), rejected.get(), finished);
        }
    }

    private final Map<String, Tracker> trackers = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Tracker> eldest) {
            return size() > KEPT;
        }
    };

    synchronized Tracker start(String progressId, int rows, int refusedBeforeSending) {
        Tracker tracker = new Tracker(rows, refusedBeforeSending);
        if (progressId != null) {
            trackers.put(progressId, tracker);
        }
        return tracker;
    }

    synchronized Optional<Snapshot> of(String progressId) {
        return Optional.ofNullable(trackers.get(progressId)).map(Tracker::snapshot);
    }
}
