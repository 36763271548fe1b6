package org.gongkai.events.application;

import java.time.LocalDate;

/**
 * A consultation ended; its working days (start through end) were added and {@code dueOn} is the new due date.
 *
 * <p>Version 1.
 */
public record ConsultationEnded(String applicationId, String consultationId, LocalDate endedOn, LocalDate dueOn)
        implements ApplicationEvent {}
