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

    private final ReportService reports;
    private final ReportVersions versions;
    private final SubmissionVersions submissions;

    ReportController(ReportService reports, ReportVersions versions, SubmissionVersions submissions) {
        this.reports = reports;
        this.versions = versions;
        this.submissions = submissions;
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
            return ResponseEntity.ok()
                    .contentType(new MediaType("application", "json", StandardCharsets.UTF_8))
                    .body(versions.published(agencyId, year, version).snapshot());
        }
        return ResponseEntity.ok(reports.annual(agencyId, year, AgencyTree.Scope.parse(scope), at));
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
            return ResponseEntity.ok()
                    .contentType(new MediaType("application", "json", StandardCharsets.UTF_8))
                    .body(submissions.statisticsJson(agencyId, year, quarter, version));
        }
        return ResponseEntity.ok(reports.quarterly(agencyId, year, quarter, AgencyTree.Scope.parse(scope), at));
    }
}
