package org.gongkai.command.application;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Extend the answer period by some working days (at most 20 in all). */
public record GrantExtension(
        @TargetAggregateIdentifier String applicationId, LocalDate extendedOn, int workingDays, String reason) {}
