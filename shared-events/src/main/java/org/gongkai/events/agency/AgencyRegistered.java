package org.gongkai.events.agency;

/**
 * An agency became a reporting unit, optionally under a parent agency whose report sums it up.
 *
 * <p>Version 1.
 */
public record AgencyRegistered(String agencyId, String name, String parentAgencyId, AgencyLevel level)
        implements AgencyEvent {}
