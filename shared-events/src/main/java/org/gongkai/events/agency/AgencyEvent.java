package org.gongkai.events.agency;

/** A fact about one reporting unit (the Agency stream, keyed by {@code agencyId}). */
public sealed interface AgencyEvent
        permits AgencyRegistered, AgencyRenamed, AgencyMoved, AgencyClosed, QuarterlyDeadlineSet, LetterSettingsSet {
    String agencyId();
}
