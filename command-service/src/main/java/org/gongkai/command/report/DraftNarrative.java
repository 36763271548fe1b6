package org.gongkai.command.report;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gongkai.events.report.NarrativeSection;

/** Write a new version of one narrative section of an agency's report. */
public record DraftNarrative(
        @TargetAggregateIdentifier String reportId, String agencyId, int year, NarrativeSection section, String text) {}
