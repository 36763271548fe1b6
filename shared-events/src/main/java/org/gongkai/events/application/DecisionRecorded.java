package org.gongkai.events.application;

import java.time.LocalDate;

/**
 * The agency answered the application: it is closed with exactly one of the 21 outcomes, dated by the decision date.
 *
 * <p>Version 1.
 */
public record DecisionRecorded(String applicationId, Outcome outcome, LocalDate decidedOn)
        implements ApplicationEvent {}
