package org.gongkai.events.proactive;

import java.time.LocalDate;

/**
 * A count of licensing, penalty or enforcement decisions for a period inside one quarter, taken from the system
 * that makes them; tallies of one agency add up.
 *
 * <p>Version 1.
 */
public record DecisionTallyRecorded(
        String tallyId, String agencyId, TallyCategory category, LocalDate periodStart, LocalDate periodEnd, long count)
        implements ProactiveEvent {}
