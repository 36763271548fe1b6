package org.gongkai.query.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.gongkai.query.agency.AgencyTree;
import org.springframework.stereotype.Component;

/**
 * The live reports as answered last, serialised, with their entity tags (ADR 0043). An entry is dropped by the
 * projection commit that changes its numbers ({@link ReportCacheInvalidation}): every report of the agencies the
 * batch changed and of every agency ever above them goes. The day is part of the key, since the deadline checks
 * read it. From just before a batch commits until its entries are dropped, the cache is neither read nor filled,
 * and a report whose read began before a commit is answered but not kept: it may predate the commit.
 */
@Component
class ReportCache {

    /** About 20-60 KB per report; the oldest read goes first when full. */
    static final int MAX_ENTRIES = 512;

    record Key(String agencyId, int year, Integer quarter, AgencyTree.Scope scope, LocalDate today) {}

    /** The JSON answered and its strong entity tag (quoted, as in the header). */
    record Answer(byte[] json, String etag) {}

    private final ObjectMapper mapper;
    private final Clock clock;
    private final Map<Key, Answer> answers = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Answer> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    private long generation;
    private int committing;

    ReportCache(ObjectMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    Answer annual(String agencyId, int year, AgencyTree.Scope scope, Supplier<Report> compute) {
        return answer(new Key(agencyId, year, null, scope, LocalDate.now(clock)), compute);
    }

    Answer quarterly(String agencyId, int year, int quarter, AgencyTree.Scope scope, Supplier<Report> compute) {
        return answer(new Key(agencyId, year, quarter, scope, LocalDate.now(clock)), compute);
    }

    private Answer answer(Key key, Supplier<Report> compute) {
        long before;
        synchronized (this) {
            Answer kept = committing == 0 ? answers.get(key) : null;
            if (kept != null) {
                return kept;
            }
            before = generation; // taken before the read's snapshot, so any commit after it is noticed
        }
        Answer computed = serialise(compute.get());
        synchronized (this) {
            if (generation == before && committing == 0) {
                answers.put(key, computed);
            }
        }
        return computed;
    }

    /**
     * A batch that changes these agencies is about to commit: until {@link #committed} no answer is read from or
     * kept in the cache, since from the commit on the kept ones may be stale.
     */
    synchronized void committing() {
        committing++;
        generation++;
    }

    /** The batch ended; when it committed, the reports of the agencies it changed (and of those above) go. */
    synchronized void committed(Set<String> affected, boolean stored) {
        if (stored) {
            answers.keySet().removeIf(key -> affected.contains(key.agencyId()));
        }
        committing--;
        generation++;
    }

    synchronized void clear() {
        generation++;
        answers.clear();
    }

    Answer serialise(Report report) {
        try {
            return of(mapper.writeValueAsBytes(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report not serialisable", e);
        }
    }

    static Answer of(byte[] body) {
        return new Answer(body, EntityTags.of(body));
    }

    static Answer of(String body) {
        return of(body.getBytes(StandardCharsets.UTF_8));
    }
}
