package org.gongkai.command.application;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the notified fee was paid. */
public record RecordFeePayment(@TargetAggregateIdentifier String applicationId, LocalDate paidOn) {}
