package org.gongkai.events.agency;

import java.time.LocalDate;

/**
 * An agency took a new name from {@code effectiveOn}; its counts stay with it.
 *
 * <p>Version 1.
 */
public record AgencyRenamed(String agencyId, String name, LocalDate effectiveOn) implements AgencyEvent {}
