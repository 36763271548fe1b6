package org.gongkai.events.calendar;

import java.time.LocalDate;

/**
 * One step of an explanation flattened for JSON and screens.
 *
 * @param kind a stable code of the step type (RECEIPT, HOLIDAYS_SKIPPED, MAKE_UP_WORKDAYS_COUNTED, NO_OFFICIAL_SCHEDULE,
 *             CLOCK_STOPPED, CLOCK_RESTARTED, EXTENSION_ADDED, CONSULTATION_OPENED, CONSULTATION_COUNTED, SUPPLEMENT_REQUEST_LATE, PAYMENT_AWAITED,
 *             PAYMENT_COUNTED, ANSWER_DEFERRED, DUE, PENDING)
 * @param on   the date the step is about
 * @param text   the step in Chinese (the official wording), Chinese only
 * @param textEn the same step in English only, for staff who chose English
 */
public record ExplanationLine(String kind, LocalDate on, String text, String textEn) {}
