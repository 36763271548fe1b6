package org.gongkai.command.agency;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.gongkai.events.agency.AgencyLevel;
import org.gongkai.events.proactive.TallyCategory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** Writes about reporting units and their period tallies (CONTRACT.md §2). */
@RestController
@RequestMapping("/api/agencies")
class AgencyController {

    private final CommandGateway commands;

    AgencyController(CommandGateway commands) {
        this.commands = commands;
    }

    record Registration(String agencyId, @NotBlank String name, String parentAgencyId, AgencyLevel level) {}

    record Rename(@NotBlank String name, @NotNull LocalDate effectiveOn) {}

    record Move(@NotBlank String parentAgencyId, @NotNull LocalDate effectiveOn) {}

    record Closure(@NotNull LocalDate closedOn) {}

    record QuarterlyDeadline(Integer dayOfMonth) {}

    record LetterSettings(
            @NotBlank String letterheadName,
            String documentNumberPrefix,
            String officeAddress,
            String officeHours,
            String reconsiderationBody,
            String court) {}

    record Tally(
            String tallyId,
            @NotNull TallyCategory category,
            @NotNull LocalDate periodStart,
            @NotNull LocalDate periodEnd,
            @NotNull Long count) {}

    record Fees(
            String feeRecordId,
            @NotNull LocalDate periodStart,
            @NotNull LocalDate periodEnd,
            @NotNull BigDecimal amountYuan) {}

    @PostMapping
    ResponseEntity<Map<String, Object>> register(@Valid @RequestBody Registration body) {
        String id =
                body.agencyId() != null ? body.agencyId() : UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterAgency(id, body.name(), body.parentAgencyId(), body.level()));
        return ResponseEntity.created(
                        UriComponentsBuilder.fromPath("/api/agencies/{id}").build(id))
                .body(Map.of("agencyId", id));
    }

    @PostMapping("/{id}/rename")
    Map<String, Object> rename(@PathVariable String id, @Valid @RequestBody Rename body) {
        commands.sendAndWait(new RenameAgency(id, body.name(), body.effectiveOn()));
        return Map.of("agencyId", id);
    }

    @PostMapping("/{id}/move")
    Map<String, Object> move(@PathVariable String id, @Valid @RequestBody Move body) {
        commands.sendAndWait(new MoveAgency(id, body.parentAgencyId(), body.effectiveOn()));
        return Map.of("agencyId", id);
    }

    @PostMapping("/{id}/closure")
    Map<String, Object> close(@PathVariable String id, @Valid @RequestBody Closure body) {
        commands.sendAndWait(new CloseAgency(id, body.closedOn()));
        return Map.of("agencyId", id);
    }

    @PostMapping("/{id}/quarterly-deadline")
    Map<String, Object> setQuarterlyDeadline(@PathVariable String id, @RequestBody QuarterlyDeadline body) {
        commands.sendAndWait(new SetQuarterlyDeadline(id, body.dayOfMonth()));
        return Map.of("agencyId", id, "dayOfMonth", body.dayOfMonth());
    }

    /** The whole set each time (branch letters, issue 16): what is left out prints as a blank. */
    @PostMapping("/{id}/letter-settings")
    Map<String, Object> setLetterSettings(@PathVariable String id, @Valid @RequestBody LetterSettings body) {
        commands.sendAndWait(new SetLetterSettings(
                id,
                body.letterheadName(),
                body.documentNumberPrefix(),
                body.officeAddress(),
                body.officeHours(),
                body.reconsiderationBody(),
                body.court()));
        return Map.of("agencyId", id);
    }

    @PostMapping("/{id}/decision-tallies")
    ResponseEntity<Map<String, Object>> recordTally(@PathVariable String id, @Valid @RequestBody Tally body) {
        String tallyId =
                body.tallyId() != null ? body.tallyId() : UUID.randomUUID().toString();
        commands.sendAndWait(new RecordDecisionTally(
                id, tallyId, body.category(), body.periodStart(), body.periodEnd(), body.count()));
        return ResponseEntity.status(201).body(Map.of("agencyId", id, "tallyId", tallyId));
    }

    @PostMapping("/{id}/administrative-fees")
    ResponseEntity<Map<String, Object>> recordFees(@PathVariable String id, @Valid @RequestBody Fees body) {
        String recordId = body.feeRecordId() != null
                ? body.feeRecordId()
                : UUID.randomUUID().toString();
        commands.sendAndWait(
                new RecordAdministrativeFees(id, recordId, body.periodStart(), body.periodEnd(), body.amountYuan()));
        return ResponseEntity.status(201).body(Map.of("agencyId", id, "feeRecordId", recordId));
    }
}
