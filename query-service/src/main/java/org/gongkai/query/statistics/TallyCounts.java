package org.gongkai.query.statistics;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.gongkai.events.application.ApplicantType;

/**
 * The tally summed for one period: per applicant type, the stock open at the start ({@code opening}) and the
 * flows within the period by row code ({@code RECEIVED} or an outcome name).
 */
public final class TallyCounts {

    public static final String RECEIVED = "RECEIVED";

    private final Map<ApplicantType, Long> opening = new EnumMap<>(ApplicantType.class);
    private final Map<ApplicantType, Map<String, Long>> within = new EnumMap<>(ApplicantType.class);

    public TallyCounts addOpening(ApplicantType type, long count) {
        opening.merge(type, count, Long::sum);
        return this;
    }

    public TallyCounts addWithin(ApplicantType type, String row, long count) {
        within.computeIfAbsent(type, t -> new HashMap<>()).merge(row, count, Long::sum);
        return this;
    }

    public long opening(ApplicantType type) {
        return opening.getOrDefault(type, 0L);
    }

    public long within(ApplicantType type, String row) {
        return within.getOrDefault(type, Map.of()).getOrDefault(row, 0L);
    }
}
