package org.gongkai.command.application;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gongkai.events.application.Outcome;

/** Record the agency's answer with one of the 21 outcomes. */
public record RecordDecision(@TargetAggregateIdentifier String applicationId, Outcome outcome, LocalDate decidedOn) {}
