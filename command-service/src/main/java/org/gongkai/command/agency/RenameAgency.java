package org.gongkai.command.agency;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give an agency a new name from a date. */
public record RenameAgency(@TargetAggregateIdentifier String agencyId, String name, LocalDate effectiveOn) {}
