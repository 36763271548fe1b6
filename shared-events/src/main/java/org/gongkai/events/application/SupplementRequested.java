package org.gongkai.events.application;

import java.time.LocalDate;

/**
 * The agency asked the applicant once to clarify (补正, 条例 Art. 30), with a deadline for the answer; the clock stops.
 *
 * <p>Version 1.
 */
public record SupplementRequested(String applicationId, LocalDate requestedOn, LocalDate supplementDueOn)
        implements ApplicationEvent {}
