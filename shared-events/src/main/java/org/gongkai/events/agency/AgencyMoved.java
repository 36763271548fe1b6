package org.gongkai.events.agency;

import java.time.LocalDate;

/**
 * An agency was placed under another parent agency from {@code effectiveOn} (a reorganisation).
 *
 * <p>Version 1.
 */
public record AgencyMoved(String agencyId, String parentAgencyId, LocalDate effectiveOn) implements AgencyEvent {}
