package org.gongkai.command.proactive;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.gongkai.events.proactive.DocumentKind;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** Rules and normative documents of an agency (table 二, CONTRACT.md §2). */
@RestController
@RequestMapping("/api/agencies/{agencyId}/regulatory-documents")
class RegulatoryDocumentController {

    private final CommandGateway commands;

    RegulatoryDocumentController(CommandGateway commands) {
        this.commands = commands;
    }

    record Issue(
            String documentId,
            @NotNull DocumentKind kind,
            @NotBlank String title,
            String documentNumber,
            @NotNull LocalDate issuedOn) {}

    record Repeal(@NotNull LocalDate repealedOn) {}

    @PostMapping
    ResponseEntity<Map<String, Object>> issue(@PathVariable String agencyId, @Valid @RequestBody Issue body) {
        String id = body.documentId() != null
                ? body.documentId()
                : UUID.randomUUID().toString();
        commands.sendAndWait(new IssueRegulatoryDocument(
                id, agencyId, body.kind(), body.title(), body.documentNumber(), body.issuedOn()));
        return ResponseEntity.created(
                        UriComponentsBuilder.fromPath("/api/agencies/{agencyId}/regulatory-documents/{id}")
                                .build(agencyId, id))
                .body(Map.of("documentId", id));
    }

    @PostMapping("/{documentId}/repeal")
    Map<String, Object> repeal(
            @PathVariable String agencyId, @PathVariable String documentId, @Valid @RequestBody Repeal body) {
        commands.sendAndWait(new RepealRegulatoryDocument(documentId, agencyId, body.repealedOn()));
        return Map.of("documentId", documentId);
    }
}
