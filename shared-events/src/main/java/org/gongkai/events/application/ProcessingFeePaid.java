package org.gongkai.events.application;

import java.time.LocalDate;

/**
 * The applicant paid the notified information-processing fee.
 *
 * <p>Version 1.
 */
public record ProcessingFeePaid(String applicationId, LocalDate paidOn) implements ApplicationEvent {}
