package org.gongkai.events.proactive;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Administrative fees (行政事业性收费) collected in a period inside one quarter, exact to the fen.
 *
 * <p>Version 1.
 */
public record AdministrativeFeesRecorded(
        String feeRecordId, String agencyId, LocalDate periodStart, LocalDate periodEnd, BigDecimal amountYuan)
        implements ProactiveEvent {}
