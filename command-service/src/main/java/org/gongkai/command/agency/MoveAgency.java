package org.gongkai.command.agency;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Place an agency under another parent from a date. */
public record MoveAgency(@TargetAggregateIdentifier String agencyId, String parentAgencyId, LocalDate effectiveOn) {}
