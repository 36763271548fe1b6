package org.gongkai.events.agency;

/**
 * The agency set what its letters to applicants print (issue 16): the full name of the letterhead and signature,
 * the prefix of its document numbers (文号), where and when its disclosure office receives people, and the
 * reconsideration body and court that the remedy sentence of an answer names (DOMAIN.md §11). Each event holds
 * the whole set; the latest applies to letters rendered after it. Empty parts print as a blank for the clerk.
 *
 * <p>Version 1.
 */
public record LetterSettingsSet(
        String agencyId,
        String letterheadName,
        String documentNumberPrefix,
        String officeAddress,
        String officeHours,
        String reconsiderationBody,
        String court)
        implements AgencyEvent {}
