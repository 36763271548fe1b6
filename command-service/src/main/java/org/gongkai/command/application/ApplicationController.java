package org.gongkai.command.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.gongkai.command.eventstore.NewStreams;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.Channel;
import org.gongkai.events.application.ConsultationParty;
import org.gongkai.events.application.FeeScheme;
import org.gongkai.events.application.Outcome;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The registry's writes about applications (CONTRACT.md §2). A 2xx answer is sent only after the events are
 * committed in the event store.
 */
@RestController
@RequestMapping("/api/applications")
class ApplicationController {

    private final CommandGateway commands;
    private final NewStreams newStreams;
    private final ApplicantPseudonyms pseudonyms;

    ApplicationController(CommandGateway commands, NewStreams newStreams, ApplicantPseudonyms pseudonyms) {
        this.commands = commands;
        this.newStreams = newStreams;
        this.pseudonyms = pseudonyms;
    }

    record Receipt(
            String applicationId,
            @NotBlank String agencyId,
            @NotNull LocalDate receivedOn,
            @NotNull Channel channel,
            @NotNull ApplicantType applicantType,
            String subject,
            String applicantKey) {}

    record Decision(@NotNull Outcome outcome, @NotNull LocalDate decidedOn) {}

    record Correction(
            @NotNull Outcome outcome,
            @NotNull LocalDate decidedOn,
            @NotBlank String reason) {}

    record Withdrawal(@NotNull LocalDate withdrawnOn) {}

    record SupplementRequest(@NotNull LocalDate requestedOn, LocalDate dueOn) {}

    record SupplementReceipt(@NotNull LocalDate receivedOn) {}

    record Extension(
            @NotNull LocalDate extendedOn,
            @NotNull Integer workingDays,
            @NotBlank String reason) {}

    record Consultation(
            String consultationId,
            @NotNull ConsultationParty party,
            @NotNull LocalDate startedOn) {}

    record ConsultationEnd(@NotNull LocalDate endedOn) {}

    record FeeNotice(
            @NotNull LocalDate issuedOn,
            @NotNull BigDecimal amountYuan,
            @NotNull FeeScheme scheme) {}

    record FeePayment(@NotNull LocalDate paidOn) {}

    record Deferral(
            @NotNull LocalDate deferredOn,
            @NotNull LocalDate dueOn,
            @NotBlank String reason) {}

    @PostMapping
    ResponseEntity<Map<String, Object>> receive(@Valid @RequestBody Receipt body) {
        ReceiveApplication command = command(body, pseudonyms);
        String id = command.applicationId();
        LocalDate dueOn = newStreams.create(command, id); // its stream is not read first (ADR 0065)
        return ResponseEntity.created(
                        UriComponentsBuilder.fromPath("/api/applications/{id}").build(id))
                .body(Map.of("applicationId", id, "dueOn", dueOn));
    }

    /** The command of a receipt as written; a batch's receipts are made into commands here too (ADR 0062). */
    static ReceiveApplication command(Receipt body, ApplicantPseudonyms pseudonyms) {
        String id = body.applicationId() != null
                ? body.applicationId()
                : UUID.randomUUID().toString();
        // the raw key goes no further than this line: only its pseudonym is in the command (ADR 0029)
        String pseudonym = pseudonyms.of(body.applicantKey());
        return new ReceiveApplication(
                id,
                body.agencyId(),
                body.receivedOn(),
                body.channel(),
                body.applicantType(),
                body.subject(),
                pseudonym);
    }

    @PostMapping("/{id}/decision")
    Map<String, Object> decide(@PathVariable String id, @Valid @RequestBody Decision body) {
        return done(id, new RecordDecision(id, body.outcome(), body.decidedOn()));
    }

    @PostMapping("/{id}/decision-correction")
    Map<String, Object> correct(@PathVariable String id, @Valid @RequestBody Correction body) {
        return done(id, new CorrectDecision(id, body.outcome(), body.decidedOn(), body.reason()));
    }

    @PostMapping("/{id}/withdrawal")
    Map<String, Object> withdraw(@PathVariable String id, @Valid @RequestBody Withdrawal body) {
        return done(id, new WithdrawApplication(id, body.withdrawnOn()));
    }

    @PostMapping("/{id}/supplement-request")
    Map<String, Object> requestSupplement(@PathVariable String id, @Valid @RequestBody SupplementRequest body) {
        return done(id, new RequestSupplement(id, body.requestedOn(), body.dueOn()));
    }

    @PostMapping("/{id}/supplement-receipt")
    Map<String, Object> receiveSupplement(@PathVariable String id, @Valid @RequestBody SupplementReceipt body) {
        return done(id, new ReceiveSupplement(id, body.receivedOn()));
    }

    @PostMapping("/{id}/extension")
    Map<String, Object> extend(@PathVariable String id, @Valid @RequestBody Extension body) {
        return done(id, new GrantExtension(id, body.extendedOn(), body.workingDays(), body.reason()));
    }

    @PostMapping("/{id}/consultations")
    ResponseEntity<Map<String, Object>> startConsultation(
            @PathVariable String id, @Valid @RequestBody Consultation body) {
        String cid = body.consultationId() != null
                ? body.consultationId()
                : UUID.randomUUID().toString();
        commands.sendAndWait(new StartConsultation(id, cid, body.party(), body.startedOn()));
        return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/applications/{id}/consultations/{cid}")
                        .build(id, cid))
                .body(Map.of("applicationId", id, "consultationId", cid));
    }

    @PostMapping("/{id}/consultations/{cid}/end")
    Map<String, Object> endConsultation(
            @PathVariable String id, @PathVariable String cid, @Valid @RequestBody ConsultationEnd body) {
        return done(id, new EndConsultation(id, cid, body.endedOn()));
    }

    @PostMapping("/{id}/fee-notice")
    Map<String, Object> issueFeeNotice(@PathVariable String id, @Valid @RequestBody FeeNotice body) {
        return done(id, new IssueFeeNotice(id, body.issuedOn(), body.amountYuan(), body.scheme()));
    }

    @PostMapping("/{id}/fee-payment")
    Map<String, Object> payFee(@PathVariable String id, @Valid @RequestBody FeePayment body) {
        return done(id, new RecordFeePayment(id, body.paidOn()));
    }

    /** 延迟答复 (条例 Art. 35), in the style of the extension: the new due date comes back with the id. */
    @PostMapping("/{id}/deferral")
    Map<String, Object> defer(@PathVariable String id, @Valid @RequestBody Deferral body) {
        commands.sendAndWait(new DeferAnswer(id, body.deferredOn(), body.dueOn(), body.reason()));
        return Map.of("applicationId", id, "dueOn", body.dueOn());
    }

    private Map<String, Object> done(String id, Object command) {
        commands.sendAndWait(command);
        return Map.of("applicationId", id);
    }
}
