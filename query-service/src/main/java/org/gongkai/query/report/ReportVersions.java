package org.gongkai.query.report;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.gongkai.query.agency.AgencyTree;
import org.gongkai.query.agency.InvalidParameter;
import org.gongkai.query.versions.ReportStream;
import org.springframework.stereotype.Component;

/**
 * The {@code version} and {@code asOf} parameters of report reads (CONTRACT.md §3): a published version is the
 * stored snapshot, served unchanged; {@code asOf} is an ISO date-time with offset.
 */
@Component
public class ReportVersions {

    private final ReportStream stream;
    private final AgencyTree tree;

    ReportVersions(ReportStream stream, AgencyTree tree) {
        this.stream = stream;
        this.tree = tree;
    }

    /** The published version {@code version} ("published" = the latest, or 1, 2, …); 404 when there is none. */
    public ReportStream.Published published(String agencyId, int year, String version) {
        tree.requireKnown(agencyId);
        if ("published".equalsIgnoreCase(version)) {
            return stream.latest(agencyId, year, null)
                    .orElseThrow(() -> new NoPublishedVersion(agencyId, year, "published"));
        }
        int number;
        try {
            number = Integer.parseInt(version.trim());
        } catch (NumberFormatException e) {
            throw new InvalidParameter("version", "must be 'published' or a version number 1, 2, …", version);
        }
        if (number < 1) {
            throw new InvalidParameter("version", "must be 'published' or a version number 1, 2, …", version);
        }
        return stream.version(agencyId, year, number)
                .orElseThrow(() -> new NoPublishedVersion(agencyId, year, version));
    }

    /** Null when absent; otherwise the instant of an ISO-8601 date-time with offset, e.g. 2025-01-31T23:59:59+08:00. */
    public static Instant asOf(String value, String version) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (version != null && !version.isBlank()) {
            throw new InvalidParameter(
                    "asOf", "cannot be combined with version (a published version is frozen)", value);
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(
                    "asOf", "must be an ISO date-time with offset, e.g. 2025-01-31T23:59:59+08:00", value);
        }
    }
}
