package org.gongkai.command.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.gongkai.events.review.LawsuitRoute;
import org.gongkai.events.review.ReviewResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** Reconsiderations and lawsuits about disclosure (CONTRACT.md §2). */
@RestController
class ReviewCaseController {

    private final CommandGateway commands;

    ReviewCaseController(CommandGateway commands) {
        this.commands = commands;
    }

    record Reconsideration(
            String caseId,
            @NotBlank String agencyId,
            String applicationId,
            @NotNull LocalDate filedOn) {}

    record Lawsuit(
            String caseId,
            @NotBlank String agencyId,
            String applicationId,
            @NotNull LawsuitRoute route,
            String reconsiderationCaseId,
            @NotNull LocalDate filedOn) {}

    record Conclusion(@NotNull ReviewResult result, @NotNull LocalDate concludedOn) {}

    @PostMapping("/api/reconsiderations")
    ResponseEntity<Map<String, Object>> fileReconsideration(@Valid @RequestBody Reconsideration body) {
        String id = body.caseId() != null ? body.caseId() : UUID.randomUUID().toString();
        commands.sendAndWait(new FileReconsideration(id, body.agencyId(), body.applicationId(), body.filedOn()));
        return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/reconsiderations/{id}")
                        .build(id))
                .body(Map.of("caseId", id));
    }

    @PostMapping("/api/lawsuits")
    ResponseEntity<Map<String, Object>> fileLawsuit(@Valid @RequestBody Lawsuit body) {
        String id = body.caseId() != null ? body.caseId() : UUID.randomUUID().toString();
        commands.sendAndWait(new FileLawsuit(
                id, body.agencyId(), body.applicationId(), body.route(), body.reconsiderationCaseId(), body.filedOn()));
        return ResponseEntity.created(
                        UriComponentsBuilder.fromPath("/api/lawsuits/{id}").build(id))
                .body(Map.of("caseId", id));
    }

    @PostMapping("/api/reconsiderations/{id}/conclusion")
    Map<String, Object> concludeReconsideration(@PathVariable String id, @Valid @RequestBody Conclusion body) {
        commands.sendAndWait(new ConcludeCase(id, false, body.result(), body.concludedOn()));
        return Map.of("caseId", id);
    }

    @PostMapping("/api/lawsuits/{id}/conclusion")
    Map<String, Object> concludeLawsuit(@PathVariable String id, @Valid @RequestBody Conclusion body) {
        commands.sendAndWait(new ConcludeCase(id, true, body.result(), body.concludedOn()));
        return Map.of("caseId", id);
    }
}
