package org.gongkai.command.application;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ask the applicant to clarify (补正); the agency may give a deadline. */
public record RequestSupplement(
        @TargetAggregateIdentifier String applicationId, LocalDate requestedOn, LocalDate dueOn) {}
