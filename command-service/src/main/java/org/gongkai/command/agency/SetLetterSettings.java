package org.gongkai.command.agency;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Set what the agency's letters print: letterhead, number prefix, office, review body and court (issue 16). */
public record SetLetterSettings(
        @TargetAggregateIdentifier String agencyId,
        String letterheadName,
        String documentNumberPrefix,
        String officeAddress,
        String officeHours,
        String reconsiderationBody,
        String court) {}
