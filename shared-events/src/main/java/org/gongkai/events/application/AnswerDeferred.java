package org.gongkai.events.application;

import java.time.LocalDate;

/**
 * 延迟答复 (条例 Art. 35): the agency found the request's volume or frequency clearly beyond reason, accepted the
 * applicant's reasons, and set a later reasonable date to answer by, telling the applicant. {@code dueOn} replaces
 * the due date in force; {@code reason} says why the statutory period cannot be kept (no personal data).
 *
 * <p>Version 1.
 */
public record AnswerDeferred(String applicationId, LocalDate deferredOn, String reason, LocalDate dueOn)
        implements ApplicationEvent {}
