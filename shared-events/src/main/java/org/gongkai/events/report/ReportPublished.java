package org.gongkai.events.report;

import java.time.LocalDate;

/**
 * The agency published its report of {@code year}: {@code snapshot} freezes the report JSON of CONTRACT.md §3 as it
 * stood (tables, checks and narrative texts), so the published version can be served unchanged forever.
 * Version 1 is the first publication; every later version is an amendment and carries a {@code reason}.
 *
 * <p>Version 1.
 */
public record ReportPublished(
        String reportId, String agencyId, int year, int version, String reason, String snapshot, LocalDate publishedOn)
        implements ReportEvent {}
