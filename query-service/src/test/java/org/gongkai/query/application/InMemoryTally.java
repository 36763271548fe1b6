package org.gongkai.query.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.query.statistics.Period;
import org.gongkai.query.statistics.Quarter;
import org.gongkai.query.statistics.TallyCounts;

/** The quarterly tally in memory, read with the same rule as the SQL of TallyReader. */
final class InMemoryTally {

    record Cell(String agencyId, Quarter quarter, ApplicantType type, String row) {}

    final Map<Cell, Long> cells = new HashMap<>();

    void add(List<TallyDelta> deltas) {
        for (TallyDelta d : deltas) {
            cells.merge(new Cell(d.agencyId(), d.quarter(), d.applicantType(), d.row()), (long) d.delta(), Long::sum);
        }
        cells.values().removeIf(v -> v == 0);
    }

    TallyCounts read(Collection<String> agencies, Period period) {
        TallyCounts counts = new TallyCounts();
        cells.forEach((cell, count) -> {
            if (!agencies.contains(cell.agencyId()) || cell.quarter().compareTo(period.last()) > 0) {
                return;
            }
            if (cell.quarter().compareTo(period.first()) < 0) {
                counts.addOpening(cell.type(), TallyCounts.RECEIVED.equals(cell.row()) ? count : -count);
            } else {
                counts.addWithin(cell.type(), cell.row(), count);
            }
        });
        return counts;
    }
}
