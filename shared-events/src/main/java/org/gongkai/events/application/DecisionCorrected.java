package org.gongkai.events.application;

import java.time.LocalDate;

/**
 * A recorded decision was found wrong: from now on the application counts with this outcome and date. The earlier
 * decision stays in history; a correction is never a second count.
 *
 * <p>Version 1.
 */
public record DecisionCorrected(String applicationId, Outcome outcome, LocalDate decidedOn, String reason)
        implements ApplicationEvent {}
