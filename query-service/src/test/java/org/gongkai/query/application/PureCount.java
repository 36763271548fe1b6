package org.gongkai.query.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.query.statistics.Quarter;

/**
 * The counting rule ({@link ApplicationCounting}) folded over deliveries in memory: what each application's facts
 * are and what the tally holds. Redeliveries are skipped by a per-aggregate watermark, exactly as the batch
 * applier skips them.
 */
final class PureCount {

    final Map<String, ApplicationFacts> facts = new HashMap<>();
    final InMemoryTally tally = new InMemoryTally();
    private final Map<String, Long> marks = new HashMap<>();

    void apply(List<RandomHistories.Delivery> deliveries) {
        for (RandomHistories.Delivery delivery : deliveries) {
            if (delivery.sequence() <= marks.getOrDefault(delivery.aggregate(), -1L)) {
                continue;
            }
            marks.put(delivery.aggregate(), delivery.sequence());
            ApplicationCounting.Transition t =
                    ApplicationCounting.apply(facts.get(delivery.aggregate()), delivery.event());
            if (t.next() != null) {
                facts.put(delivery.aggregate(), t.next());
            }
            tally.add(t.deltas());
        }
    }

    /** The tally counted again from the final facts alone: one receipt per application, one close if closed. */
    Map<InMemoryTally.Cell, Long> recount() {
        InMemoryTally recount = new InMemoryTally();
        for (ApplicationFacts f : facts.values()) {
            recount.add(List.of(
                    new TallyDelta(f.agencyId(), Quarter.of(f.receivedOn()), f.applicantType(), "RECEIVED", 1)));
            if (!f.open()) {
                recount.add(List.of(new TallyDelta(
                        f.agencyId(),
                        Quarter.of(f.closedOn()),
                        f.applicantType(),
                        f.outcome().name(),
                        1)));
            }
        }
        return recount.cells;
    }
}
