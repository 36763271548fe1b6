package org.gongkai.events.application;

import java.time.LocalDate;

/**
 * The head of the disclosure office extended the answer period (条例 Art. 33); {@code dueOn} is the new due date.
 *
 * <p>Version 1.
 */
public record ExtensionGranted(
        String applicationId, LocalDate extendedOn, int workingDays, String reason, LocalDate dueOn)
        implements ApplicationEvent {}
