package org.gongkai.command.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gongkai.events.application.FeeScheme;

/** Notify an information-processing fee. */
public record IssueFeeNotice(
        @TargetAggregateIdentifier String applicationId, LocalDate issuedOn, BigDecimal amountYuan, FeeScheme scheme) {}
