package org.gongkai.events.review;

import java.time.LocalDate;

/**
 * A lawsuit was concluded; table 四 counts it in the period of conclusion.
 *
 * <p>Version 1.
 */
public record LawsuitConcluded(String caseId, ReviewResult result, LocalDate concludedOn) implements ReviewEvent {}
