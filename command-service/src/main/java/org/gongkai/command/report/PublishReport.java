package org.gongkai.command.report;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Publish (or amend) an agency's report with the snapshot the query side computed: the command side has no tables,
 * so it records what it is given, after checking the rules of publication.
 */
public record PublishReport(
        @TargetAggregateIdentifier String reportId, String agencyId, int year, String reason, String snapshot) {}
