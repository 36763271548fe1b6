package org.gongkai.events.application;

import java.time.LocalDate;

/**
 * The clarification arrived; the 20 working days restart from this day and {@code dueOn} is the new due date.
 *
 * <p>Version 1.
 */
public record SupplementReceived(String applicationId, LocalDate receivedOn, LocalDate dueOn)
        implements ApplicationEvent {}
