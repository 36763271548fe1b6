package org.gongkai.command.agency;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gongkai.events.agency.AgencyLevel;

/** Register a reporting unit, optionally under a parent agency. */
public record RegisterAgency(
        @TargetAggregateIdentifier String agencyId, String name, String parentAgencyId, AgencyLevel level) {}
