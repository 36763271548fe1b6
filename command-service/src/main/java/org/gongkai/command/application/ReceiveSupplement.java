package org.gongkai.command.application;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the applicant's clarification; the statutory clock restarts. */
public record ReceiveSupplement(@TargetAggregateIdentifier String applicationId, LocalDate receivedOn) {}
