package org.gongkai.events.application;

import java.time.LocalDate;

/**
 * The applicant withdrew the application; it closes as （六）3 其他 (DOMAIN.md §6.5).
 *
 * <p>Version 1.
 */
public record ApplicationWithdrawn(String applicationId, LocalDate withdrawnOn) implements ApplicationEvent {}
