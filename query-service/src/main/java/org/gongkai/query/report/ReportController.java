package org.gongkai.query.report;

import java.nio.charset.StandardCharsets;
import org.gongkai.query.agency.AgencyTree;
import org.gongkai.query.publication.ReportVersions;
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

    ReportController(ReportService reports, ReportVersions versions) {
        this.reports = reports;
        this.versions = versions;
    }

    /**
     * The live report, the report "as of" a recording time, or a published version: the snapshot exactly as it
     * was stored, byte for byte, whatever happened since.
     */
    @GetMapping(path = "/api/agencies/{agencyId}/reports/{year}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> annual(@PathVariable String agencyId, @PathVariable int year,
            @RequestParam(required = false) String scope, @RequestParam(required = false) String version,
            @RequestParam(required = false) String asOf) {
        var at = ReportVersions.asOf(asOf, version);
        if (version != null && !version.isBlank()) {
            return ResponseEntity.ok().contentType(new MediaType("application", "json", StandardCharsets.UTF_8))
                    .body(versions.published(agencyId, year, version).snapshot());
        }
        return ResponseEntity.ok(reports.annual(agencyId, year, AgencyTree.Scope.parse(scope), at));
    }

    @GetMapping(path = "/api/agencies/{agencyId}/statistics", produces = MediaType.APPLICATION_JSON_VALUE)
    Report quarterly(@PathVariable String agencyId, @RequestParam int year, @RequestParam int quarter,
            @RequestParam(required = false) String scope, @RequestParam(required = false) String asOf) {
        return reports.quarterly(agencyId, year, quarter, AgencyTree.Scope.parse(scope),
                ReportVersions.asOf(asOf, null));
    }
}
