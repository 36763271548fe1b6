package org.gongkai.command.report;

import jakarta.validation.Valid;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.gongkai.events.report.NarrativeSection;
import org.gongkai.events.report.ReportEvent;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Writes of the report stream (CONTRACT.md §2). Publication here expects the snapshot in the body: clients publish
 * through the query service, which computes the report and calls this endpoint (ADR 0009).
 */
@RestController
@RequestMapping("/api/agencies/{agencyId}/reports/{year}")
class ReportController {

    private final CommandGateway commands;

    ReportController(CommandGateway commands) {
        this.commands = commands;
    }

    record Narrative(String text) {}

    record Publication(String reason, String snapshot) {}

    @PutMapping("/narrative/{section}")
    Map<String, Object> draft(
            @PathVariable String agencyId,
            @PathVariable int year,
            @PathVariable String section,
            @Valid @RequestBody Narrative body) {
        NarrativeSection parsed = parse(section);
        Integer version = commands.sendAndWait(
                new DraftNarrative(ReportEvent.reportId(agencyId, year), agencyId, year, parsed, body.text()));
        return Map.of("section", parsed.name(), "version", version);
    }

    @PostMapping("/publication")
    ResponseEntity<Map<String, Object>> publish(
            @PathVariable String agencyId, @PathVariable int year, @RequestBody Publication body) {
        Integer version = commands.sendAndWait(new PublishReport(
                ReportEvent.reportId(agencyId, year), agencyId, year, body.reason(), body.snapshot()));
        return ResponseEntity.created(
                        UriComponentsBuilder.fromUriString("/api/agencies/{agencyId}/reports/{year}?version={version}")
                                .build(agencyId, year, version))
                .body(Map.of("version", version));
    }

    private static NarrativeSection parse(String section) {
        try {
            return NarrativeSection.valueOf(section);
        } catch (IllegalArgumentException e) {
            throw new UnknownSection(section);
        }
    }
}
