package org.gongkai.events.report;

/**
 * Staff wrote (or rewrote) one narrative section of a report. Every edit is a new version; the latest one is the
 * text of the section. {@code version} counts per section from 1.
 *
 * <p>Version 1.
 */
public record NarrativeDrafted(
        String reportId, String agencyId, int year, NarrativeSection section, String text, int version)
        implements ReportEvent {}
