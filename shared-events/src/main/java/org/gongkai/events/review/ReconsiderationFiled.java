package org.gongkai.events.review;

import java.time.LocalDate;

/**
 * An administrative reconsideration about disclosure was filed against the agency, optionally about one application.
 *
 * <p>Version 1.
 */
public record ReconsiderationFiled(String caseId, String agencyId, String applicationId, LocalDate filedOn)
        implements ReviewEvent {}
