package org.gongkai.query.report;

import org.gongkai.query.agency.AgencyTree;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReportController {

    private final ReportService reports;

    ReportController(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping(path = "/api/agencies/{agencyId}/reports/{year}", produces = MediaType.APPLICATION_JSON_VALUE)
    Report annual(@PathVariable String agencyId, @PathVariable int year,
            @RequestParam(required = false) String scope) {
        return reports.annual(agencyId, year, AgencyTree.Scope.parse(scope));
    }

    @GetMapping(path = "/api/agencies/{agencyId}/statistics", produces = MediaType.APPLICATION_JSON_VALUE)
    Report quarterly(@PathVariable String agencyId, @RequestParam int year, @RequestParam int quarter,
            @RequestParam(required = false) String scope) {
        return reports.quarterly(agencyId, year, quarter, AgencyTree.Scope.parse(scope));
    }
}
