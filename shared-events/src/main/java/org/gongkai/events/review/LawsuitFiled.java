package org.gongkai.events.review;

import java.time.LocalDate;

/**
 * An administrative lawsuit about disclosure was filed with the agency as defendant, directly or after a
 * reconsideration (optionally linked to it).
 *
 * <p>Version 1.
 */
public record LawsuitFiled(
        String caseId,
        String agencyId,
        String applicationId,
        LawsuitRoute route,
        String reconsiderationCaseId,
        LocalDate filedOn)
        implements ReviewEvent {}
