package org.gongkai.command.agency;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record administrative fees collected in a period inside one quarter. */
public record RecordAdministrativeFees(
        @TargetAggregateIdentifier String agencyId,
        String feeRecordId,
        LocalDate periodStart,
        LocalDate periodEnd,
        BigDecimal amountYuan) {}
