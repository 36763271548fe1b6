package org.gongkai.command.report;

import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.gongkai.events.report.ReportEvent;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Submission of quarterly statistics. Like publication, it expects the snapshot in the body: clients submit
 * through the query service, which computes the statistics and calls this endpoint (ADR 0009, ADR 0016).
 */
@RestController
class SubmissionController {

    private final CommandGateway commands;

    SubmissionController(CommandGateway commands) {
        this.commands = commands;
    }

    record Submission(String reason, String snapshot) {}

    @PostMapping("/api/agencies/{agencyId}/statistics/{year}/{quarter}/submission")
    ResponseEntity<Map<String, Object>> submit(
            @PathVariable String agencyId,
            @PathVariable int year,
            @PathVariable int quarter,
            @RequestBody Submission body) {
        Integer version = commands.sendAndWait(new SubmitQuarterlyStatistics(
                ReportEvent.statisticsId(agencyId, year, quarter),
                agencyId,
                year,
                quarter,
                body.reason(),
                body.snapshot()));
        return ResponseEntity.created(UriComponentsBuilder.fromUriString(
                                "/api/agencies/{agencyId}/statistics?year={year}&quarter={quarter}&version={version}")
                        .build(agencyId, year, quarter, version))
                .body(Map.of("version", version));
    }
}
