package org.gongkai.command.review;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gongkai.events.review.LawsuitRoute;

/** Record that an administrative lawsuit about disclosure was filed with an agency as defendant. */
public record FileLawsuit(
        @TargetAggregateIdentifier String caseId,
        String agencyId,
        String applicationId,
        LawsuitRoute route,
        String reconsiderationCaseId,
        LocalDate filedOn) {}
