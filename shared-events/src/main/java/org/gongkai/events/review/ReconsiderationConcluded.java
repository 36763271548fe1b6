package org.gongkai.events.review;

import java.time.LocalDate;

/**
 * A reconsideration was concluded; table 四 counts it in the period of conclusion.
 *
 * <p>Version 1.
 */
public record ReconsiderationConcluded(String caseId, ReviewResult result, LocalDate concludedOn)
        implements ReviewEvent {}
