package org.gongkai.command.agency;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Set the day of the month after each quarter by which the agency submits its quarterly statistics. */
public record SetQuarterlyDeadline(
        @TargetAggregateIdentifier String agencyId, Integer dayOfMonth) {}
