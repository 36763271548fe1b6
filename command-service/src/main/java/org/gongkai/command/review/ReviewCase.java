package org.gongkai.command.review;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.gongkai.command.agency.AgencyDirectory;
import org.gongkai.command.application.ApplicationDirectory;
import org.gongkai.command.clock.Today;
import org.gongkai.command.rejection.IdAlreadyUsed;
import org.gongkai.command.rejection.InvalidValue;
import org.gongkai.command.rejection.UnknownId;
import org.gongkai.events.review.LawsuitConcluded;
import org.gongkai.events.review.LawsuitFiled;
import org.gongkai.events.review.LawsuitRoute;
import org.gongkai.events.review.ReconsiderationConcluded;
import org.gongkai.events.review.ReconsiderationFiled;

/**
 * A reconsideration or lawsuit about disclosure in which an agency is the respondent (table 四). Both kinds share
 * their life: filed once, concluded once, not before filing.
 */
@Aggregate
class ReviewCase {

    @AggregateIdentifier
    private String caseId;

    private Object filing;
    private boolean lawsuit;
    private LocalDate filedOn;
    private LocalDate concludedOn;
    private ConcludeCase conclusion;

    ReviewCase() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    String handle(
            FileReconsideration command, Today today, AgencyDirectory agencies, ApplicationDirectory applications) {
        ReconsiderationFiled filed = new ReconsiderationFiled(
                command.caseId(), command.agencyId(), command.applicationId(), command.filedOn());
        if (isRetry(filed)) {
            return caseId;
        }
        agencies.requireRegistered("agencyId", command.agencyId());
        requireApplicationOfAgency(command.applicationId(), command.agencyId(), applications);
        today.requireNotInFuture("filedOn", command.filedOn());
        apply(filed);
        return command.caseId();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    String handle(FileLawsuit command, Today today, AgencyDirectory agencies, ApplicationDirectory applications) {
        LawsuitRoute route = command.route() != null ? command.route() : LawsuitRoute.DIRECT;
        LawsuitFiled filed = new LawsuitFiled(
                command.caseId(),
                command.agencyId(),
                command.applicationId(),
                route,
                command.reconsiderationCaseId(),
                command.filedOn());
        if (isRetry(filed)) {
            return caseId;
        }
        agencies.requireRegistered("agencyId", command.agencyId());
        requireApplicationOfAgency(command.applicationId(), command.agencyId(), applications);
        today.requireNotInFuture("filedOn", command.filedOn());
        apply(filed);
        return command.caseId();
    }

    @CommandHandler
    void handle(ConcludeCase command, Today today) {
        if (command.lawsuit() != lawsuit) {
            throw new UnknownId("caseId", caseId);
        }
        if (concludedOn != null) {
            if (command.equals(conclusion)) {
                return; // re-sent
            }
            throw new CaseAlreadyConcluded(caseId);
        }
        today.requireNotInFuture("concludedOn", command.concludedOn());
        if (command.concludedOn().isBefore(filedOn)) {
            throw new ConclusionBeforeFiling(command.concludedOn(), filedOn);
        }
        if (command.result() == null) {
            throw new InvalidValue("result", "缺少审结结果：result is required");
        }
        apply(
                lawsuit
                        ? new LawsuitConcluded(caseId, command.result(), command.concludedOn())
                        : new ReconsiderationConcluded(caseId, command.result(), command.concludedOn()));
    }

    /** A case is about one application of the same agency, or about none (ADR 0017). */
    private static void requireApplicationOfAgency(
            String applicationId, String agencyId, ApplicationDirectory applications) {
        if (applicationId != null
                && !applications.agencyOf(applicationId).map(agencyId::equals).orElse(false)) {
            throw new ApplicationNotOfAgency(applicationId, agencyId);
        }
    }

    private boolean isRetry(Object filed) {
        if (filing == null) {
            return false;
        }
        if (Objects.equals(filing, filed)) {
            return true;
        }
        throw new IdAlreadyUsed("caseId", caseId);
    }

    @EventSourcingHandler
    void on(ReconsiderationFiled event) {
        caseId = event.caseId();
        filing = event;
        filedOn = event.filedOn();
    }

    @EventSourcingHandler
    void on(LawsuitFiled event) {
        caseId = event.caseId();
        filing = event;
        filedOn = event.filedOn();
        lawsuit = true;
    }

    @EventSourcingHandler
    void on(ReconsiderationConcluded event) {
        concludedOn = event.concludedOn();
        conclusion = new ConcludeCase(caseId, lawsuit, event.result(), event.concludedOn());
    }

    @EventSourcingHandler
    void on(LawsuitConcluded event) {
        concludedOn = event.concludedOn();
        conclusion = new ConcludeCase(caseId, lawsuit, event.result(), event.concludedOn());
    }
}
