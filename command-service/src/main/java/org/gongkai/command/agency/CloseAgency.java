package org.gongkai.command.agency;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Close a reporting unit. */
public record CloseAgency(@TargetAggregateIdentifier String agencyId, LocalDate closedOn) {}
