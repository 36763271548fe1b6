package org.gongkai.command.review;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that an administrative reconsideration about disclosure was filed against an agency. */
public record FileReconsideration(
        @TargetAggregateIdentifier String caseId, String agencyId, String applicationId, LocalDate filedOn) {}
