package org.gongkai.command.application;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the applicant withdrew the application. */
public record WithdrawApplication(@TargetAggregateIdentifier String applicationId, LocalDate withdrawnOn) {}
