package org.gongkai.events.agency;

import java.time.LocalDate;

/**
 * An agency ceased to exist as a reporting unit on {@code closedOn}; its history stays countable.
 *
 * <p>Version 1.
 */
public record AgencyClosed(String agencyId, LocalDate closedOn) implements AgencyEvent {}
