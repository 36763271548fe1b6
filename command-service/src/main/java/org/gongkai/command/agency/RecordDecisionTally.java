package org.gongkai.command.agency;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gongkai.events.proactive.TallyCategory;

/** Record a count of licensing, penalty or enforcement decisions for a period inside one quarter. */
public record RecordDecisionTally(
        @TargetAggregateIdentifier String agencyId,
        String tallyId,
        TallyCategory category,
        LocalDate periodStart,
        LocalDate periodEnd,
        long count) {}
