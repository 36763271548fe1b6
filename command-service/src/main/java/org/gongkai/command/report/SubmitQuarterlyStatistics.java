package org.gongkai.command.report;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Submit (or correct) an agency's quarterly statistics with the snapshot the query side computed, as for annual
 * reports (ADR 0009): the command side records what it is given after checking the rules of submission.
 */
public record SubmitQuarterlyStatistics(
        @TargetAggregateIdentifier String statisticsId,
        String agencyId,
        int year,
        int quarter,
        String reason,
        String snapshot) {}
