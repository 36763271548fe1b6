package org.gongkai.query.report;

import java.nio.charset.StandardCharsets;
import org.gongkai.query.agency.AgencyTree;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReportController {

    /** Stored versions were always answered with their charset named; live reports as Jackson answered them. */
    private static final MediaType STORED = new MediaType("application", "json", StandardCharsets.UTF_8);

    private final ReportService reports;
    private final ReportVersions versions;
    private final SubmissionVersions submissions;
    private final ReportCache cache;

    ReportController(
            ReportService reports, ReportVersions versions, SubmissionVersions submissions, ReportCache cache) {
        this.reports = reports;
        this.versions = versions;
        this.submissions = submissions;
        this.cache = cache;
    }

    /**
     * The live report, the report "as of" a recording time, or a published version: the snapshot exactly as it
     * was stored, byte for byte, whatever happened since.
     */
    @GetMapping(path = "/api/agencies/{agencyId}/reports/{year}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> annual(
            @PathVariable String agencyId,
            @PathVariable int year,
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) String version,
            @RequestParam(required = false) String asOf) {
        var at = ReportVersions.asOf(asOf, version);
        if (version != null && !version.isBlank()) {
            return tagged(
                    ReportCache.of(versions.published(agencyId, year, version).snapshot()), STORED);
        }
        AgencyTree.Scope parsed = AgencyTree.Scope.parse(scope);
        if (at != null) {
            return tagged(cache.serialise(reports.annual(agencyId, year, parsed, at)));
        }
        return tagged(cache.annual(agencyId, year, parsed, () -> reports.annual(agencyId, year, parsed)));
    }

    /** The live quarterly statistics, "as of" a recording time, or a submitted version exactly as submitted. */
    @GetMapping(path = "/api/agencies/{agencyId}/statistics", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> quarterly(
            @PathVariable String agencyId,
            @RequestParam int year,
            @RequestParam int quarter,
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) String version,
            @RequestParam(required = false) String asOf) {
        var at = ReportVersions.asOf(asOf, version);
        if (version != null && !version.isBlank()) {
            return tagged(ReportCache.of(submissions.statisticsJson(agencyId, year, quarter, version)), STORED);
        }
        AgencyTree.Scope parsed = AgencyTree.Scope.parse(scope);
        if (at != null) {
            return tagged(cache.serialise(reports.quarterly(agencyId, year, quarter, parsed, at)));
        }
        return tagged(cache.quarterly(
                agencyId, year, quarter, parsed, () -> reports.quarterly(agencyId, year, quarter, parsed)));
    }

    /**
     * The JSON with its entity tag; Spring answers {@code 304 Not Modified} (no body) itself when the request's
     * {@code If-None-Match} names the tag (ADR 0043).
     */
    private static ResponseEntity<byte[]> tagged(ReportCache.Answer answer) {
        return tagged(answer, MediaType.APPLICATION_JSON);
    }

    private static ResponseEntity<byte[]> tagged(ReportCache.Answer answer, MediaType type) {
        return ResponseEntity.ok().contentType(type).eTag(answer.etag()).body(answer.json());
    }
}
