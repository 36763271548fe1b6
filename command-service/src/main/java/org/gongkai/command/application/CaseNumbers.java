package org.gongkai.command.application;

import java.time.LocalDate;

/**
 * Gives an application received by an agency on a date the next number of that agency and year
 * ({@code 库普〔2026〕第12号}). Called inside the transaction that stores the {@code ApplicationReceived} event, so a
 * number is used up only when the fact is recorded (ADR 0034).
 */
public interface CaseNumbers {

    String next(String agencyId, LocalDate receivedOn);
}
