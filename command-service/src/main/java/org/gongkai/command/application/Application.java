package org.gongkai.command.application;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.gongkai.command.agency.AgencyDirectory;
import org.gongkai.command.clock.Today;
import org.gongkai.command.rejection.IdAlreadyUsed;
import org.gongkai.command.rejection.InvalidValue;
import org.gongkai.command.rejection.Require;
import org.gongkai.events.application.AnswerDeferred;
import org.gongkai.events.application.ApplicationEvent;
import org.gongkai.events.application.ApplicationReceived;
import org.gongkai.events.application.ApplicationWithdrawn;
import org.gongkai.events.application.ConsultationEnded;
import org.gongkai.events.application.ConsultationStarted;
import org.gongkai.events.application.DecisionCorrected;
import org.gongkai.events.application.DecisionRecorded;
import org.gongkai.events.application.ExtensionGranted;
import org.gongkai.events.application.Outcome;
import org.gongkai.events.application.ProcessingFeeNoticeIssued;
import org.gongkai.events.application.ProcessingFeePaid;
import org.gongkai.events.application.SupplementReceived;
import org.gongkai.events.application.SupplementRequested;
import org.gongkai.events.calendar.ClockFact;
import org.gongkai.events.calendar.ClockFacts;
import org.gongkai.events.calendar.ClockStatus;
import org.gongkai.events.calendar.DueDate;
import org.gongkai.events.calendar.StatutoryClock;

/**
 * One disclosure application from receipt to its single answer. It decides which facts can be true (dates, order,
 * one decision) and keeps the statutory due date (条例 Art. 30–35) current as facts arrive.
 */
@Aggregate
class Application {

    @AggregateIdentifier
    private String applicationId;

    private ApplicationReceived receipt;
    private LocalDate dueOn;
    private DecisionRecorded decision;
    private LocalDate closedOn;
    private boolean supplementRequested;
    private boolean supplementReceived;
    private final List<ClockFact> clockFacts = new ArrayList<>();
    private final Map<String, ConsultationStarted> openConsultations = new HashMap<>();
    private final Map<String, ConsultationEnded> endedConsultations = new HashMap<>();
    private ProcessingFeeNoticeIssued feeNotice;
    private boolean feePaid;
    private ExtensionGranted lastExtension;
    private AnswerDeferred lastDeferral;
    // A supplement restart counts the period afresh and voids an earlier deferral (as the clock does).
    private boolean deferralInForce;

    Application() {
        // for Axon: rebuilt from its events
    }

    /** A safe retry: the same id with the same facts answers like the first time; another body is refused. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    LocalDate handle(
            ReceiveApplication command,
            Today today,
            AgencyDirectory agencies,
            StatutoryClock clock,
            CaseNumbers caseNumbers) {
        if (receipt != null) {
            return sameReceipt(command) ? dueOn : rejectReuse(command.applicationId());
        }
        LocalDate due = admit(command, today, agencies, clock);
        // last, once every rule passed: the number is taken in this transaction (ADR 0034)
        apply(received(command, due, caseNumbers.next(command.agencyId(), command.receivedOn())));
        return due;
    }

    /**
     * The rules a new receipt must pass, and its answer due date. The receipts a batch stores together pass the
     * same rules here (ADR 0062).
     */
    static LocalDate admit(ReceiveApplication command, Today today, AgencyDirectory agencies, StatutoryClock clock) {
        agencies.requireRegistered("agencyId", command.agencyId());
        today.requireNotInFuture("receivedOn", command.receivedOn());
        return clock.answerDueOn(command.receivedOn());
    }

    /** The fact of an admitted receipt, with its due date and its case number. */
    static ApplicationReceived received(ReceiveApplication command, LocalDate due, String caseNumber) {
        return new ApplicationReceived(
                command.applicationId(),
                command.agencyId(),
                command.receivedOn(),
                command.channel(),
                command.applicantType(),
                command.subject(),
                due,
                caseNumber,
                command.applicantPseudonym());
    }

    @CommandHandler
    void handle(RecordDecision command, Today today) {
        if (decision != null
                && decision.outcome() == command.outcome()
                && decision.decidedOn().equals(command.decidedOn())) {
            return; // the same answer re-sent: a retry, not a second decision
        }
        requireOpen();
        requireBusinessDate("decidedOn", command.decidedOn(), today);
        apply(new DecisionRecorded(applicationId, command.outcome(), command.decidedOn()));
    }

    @CommandHandler
    void handle(CorrectDecision command, Today today) {
        if (closedOn == null) {
            throw new ApplicationNotClosed(applicationId);
        }
        Require.text("reason", command.reason());
        requireBusinessDate("decidedOn", command.decidedOn(), today);
        apply(new DecisionCorrected(applicationId, command.outcome(), command.decidedOn(), command.reason()));
    }

    @CommandHandler
    void handle(WithdrawApplication command, Today today) {
        requireOpen();
        requireBusinessDate("withdrawnOn", command.withdrawnOn(), today);
        apply(new ApplicationWithdrawn(applicationId, command.withdrawnOn()));
    }

    @CommandHandler
    void handle(RequestSupplement command, Today today, StatutoryClock clock) {
        requireOpen();
        if (supplementRequested) {
            throw new SupplementAlreadyRequested(applicationId);
        }
        requireBusinessDate("requestedOn", command.requestedOn(), today);
        if (command.dueOn() != null && command.dueOn().isBefore(command.requestedOn())) {
            throw new SupplementDueBeforeRequest(command.dueOn(), command.requestedOn());
        }
        LocalDate supplementDue =
                command.dueOn() != null ? command.dueOn() : clock.defaultSupplementDueOn(command.requestedOn());
        apply(new SupplementRequested(applicationId, command.requestedOn(), supplementDue));
    }

    @CommandHandler
    void handle(ReceiveSupplement command, Today today, StatutoryClock clock) {
        requireOpen();
        if (!supplementRequested || supplementReceived) {
            throw new SupplementNotRequested(applicationId);
        }
        requireBusinessDate("receivedOn", command.receivedOn(), today);
        // 条例 Art. 30: the answer period counts again from the day the supplement arrives.
        LocalDate restarted = dueAfter(clock, new ClockFact.SupplementReceived(command.receivedOn()));
        apply(new SupplementReceived(applicationId, command.receivedOn(), restarted));
    }

    @CommandHandler
    void handle(GrantExtension command, Today today, StatutoryClock clock) {
        if (lastExtension != null
                && lastExtension.extendedOn().equals(command.extendedOn())
                && lastExtension.workingDays() == command.workingDays()
                && Objects.equals(lastExtension.reason(), command.reason())) {
            return; // re-sent
        }
        requireOpen();
        if (deferralInForce) {
            throw new AnswerAlreadyDeferred(applicationId);
        }
        requireBusinessDate("extendedOn", command.extendedOn(), today);
        Require.text("reason", command.reason());
        if (command.workingDays() < 1) {
            throw new InvalidValue("workingDays", "延长工作日数必须为正数：workingDays must be at least 1");
        }
        // 条例 Art. 33: extensions of one application total at most 20 working days.
        if (StatutoryClock.remainingExtensionDays(clockFacts) <= 0) {
            throw new ExtensionMaximumUsed();
        }
        if (command.workingDays() > StatutoryClock.remainingExtensionDays(clockFacts)) {
            throw new ExtensionLimitExceeded(command.workingDays(), StatutoryClock.extensionDaysGranted(clockFacts));
        }
        LocalDate extended =
                dueAfter(clock, new ClockFact.ExtensionGranted(command.extendedOn(), command.workingDays()));
        apply(new ExtensionGranted(
                applicationId, command.extendedOn(), command.workingDays(), command.reason(), extended));
    }

    /** 条例 Art. 35: a later reasonable date, decided while the statutory period still runs. */
    @CommandHandler
    void handle(DeferAnswer command, Today today, StatutoryClock clock) {
        if (lastDeferral != null
                && lastDeferral.deferredOn().equals(command.deferredOn())
                && lastDeferral.dueOn().equals(command.dueOn())
                && Objects.equals(lastDeferral.reason(), command.reason())) {
            return; // re-sent
        }
        requireOpen();
        requireBusinessDate("deferredOn", command.deferredOn(), today);
        Require.text("reason", command.reason());
        if (command.dueOn() == null) {
            throw new InvalidValue("dueOn", "必须给出延迟答复的期限：dueOn is required");
        }
        DueDate now = clock.dueDate(clockFacts);
        if (now.status() != ClockStatus.RUNNING) {
            throw new DeferralNeedsARunningClock(applicationId, now.status());
        }
        if (command.deferredOn().isAfter(now.dueOn())) {
            throw new DeferralAfterDueDate(command.deferredOn(), now.dueOn());
        }
        if (!command.dueOn().isAfter(now.dueOn())) {
            throw new InvalidValue(
                    "dueOn",
                    "延迟答复的期限必须晚于现行答复期限" + now.dueOn() + "：dueOn must be after the due date in force " + now.dueOn());
        }
        apply(new AnswerDeferred(applicationId, command.deferredOn(), command.reason(), command.dueOn()));
    }

    @CommandHandler
    void handle(StartConsultation command, Today today) {
        ConsultationStarted known = openConsultations.get(command.consultationId());
        if (known != null || endedConsultations.containsKey(command.consultationId())) {
            if (known != null
                    && known.party() == command.party()
                    && known.startedOn().equals(command.startedOn())) {
                return; // re-sent
            }
            throw new IdAlreadyUsed("consultationId", command.consultationId());
        }
        requireOpen();
        requireBusinessDate("startedOn", command.startedOn(), today);
        apply(new ConsultationStarted(applicationId, command.consultationId(), command.party(), command.startedOn()));
    }

    @CommandHandler
    void handle(EndConsultation command, Today today, StatutoryClock clock) {
        ConsultationEnded ended = endedConsultations.get(command.consultationId());
        if (ended != null) {
            if (ended.endedOn().equals(command.endedOn())) {
                return; // re-sent
            }
            throw new ConsultationAlreadyEnded(command.consultationId());
        }
        ConsultationStarted started = openConsultations.get(command.consultationId());
        if (started == null) {
            throw new UnknownConsultation(command.consultationId());
        }
        requireOpen();
        requireBusinessDate("endedOn", command.endedOn(), today);
        if (command.endedOn().isBefore(started.startedOn())) {
            throw new ConsultationEndsBeforeStart(command.endedOn(), started.startedOn());
        }
        // 条例 Art. 32/34: consultation time is not counted; its working days, both ends included, are added.
        LocalDate moved = dueAfter(clock, new ClockFact.ConsultationEnded(command.consultationId(), command.endedOn()));
        apply(new ConsultationEnded(applicationId, command.consultationId(), command.endedOn(), moved));
    }

    @CommandHandler
    void handle(IssueFeeNotice command, Today today, StatutoryClock clock) {
        requireOpen();
        requireBusinessDate("issuedOn", command.issuedOn(), today);
        Require.yuan("amountYuan", command.amountYuan());
        LocalDate paymentDue = clock.paymentDueOn(command.issuedOn());
        apply(new ProcessingFeeNoticeIssued(
                applicationId, command.issuedOn(), command.amountYuan(), command.scheme(), paymentDue));
    }

    @CommandHandler
    void handle(RecordFeePayment command, Today today, StatutoryClock clock) {
        requireOpen();
        if (feeNotice == null || feePaid) {
            throw new FeeNotNotified(applicationId);
        }
        requireBusinessDate("paidOn", command.paidOn(), today);
        if (command.paidOn().isBefore(feeNotice.issuedOn())) {
            throw new PaymentBeforeFeeNotice(command.paidOn(), feeNotice.issuedOn());
        }
        // 国办函〔2020〕109号 (ADR 0030): the days from the notice through the payment are added to the due date.
        LocalDate moved = dueAfter(clock, new ClockFact.FeePaid(command.paidOn()));
        apply(new ProcessingFeePaid(applicationId, command.paidOn(), moved));
    }

    /** The due date once {@code next} has happened; {@code null} while the clock is stopped. */
    private LocalDate dueAfter(StatutoryClock clock, ClockFact next) {
        List<ClockFact> history = new ArrayList<>(clockFacts);
        history.add(next);
        return clock.dueDate(history).dueOn();
    }

    private boolean sameReceipt(ReceiveApplication command) {
        return receipt.agencyId().equals(command.agencyId())
                && receipt.receivedOn().equals(command.receivedOn())
                && receipt.channel() == command.channel()
                && receipt.applicantType() == command.applicantType()
                && Objects.equals(receipt.subject(), command.subject())
                && Objects.equals(receipt.applicantPseudonym(), command.applicantPseudonym());
    }

    private static LocalDate rejectReuse(String applicationId) {
        throw new IdAlreadyUsed("applicationId", applicationId);
    }

    private void requireOpen() {
        if (closedOn != null) {
            throw new ApplicationClosed(applicationId);
        }
    }

    private void requireBusinessDate(String field, LocalDate date, Today today) {
        today.requireNotInFuture(field, date);
        if (date.isBefore(receipt.receivedOn())) {
            throw new DateBeforeReceipt(field, date, receipt.receivedOn());
        }
    }

    @EventSourcingHandler
    void on(ApplicationReceived event) {
        remember(event);
        applicationId = event.applicationId();
        receipt = event;
        dueOn = event.dueOn();
    }

    @EventSourcingHandler
    void on(DecisionRecorded event) {
        decision = event;
        closedOn = event.decidedOn();
    }

    @EventSourcingHandler
    void on(DecisionCorrected event) {
        decision = new DecisionRecorded(applicationId, event.outcome(), event.decidedOn());
        closedOn = event.decidedOn();
    }

    @EventSourcingHandler
    void on(ApplicationWithdrawn event) {
        decision = new DecisionRecorded(applicationId, Outcome.OTHER, event.withdrawnOn());
        closedOn = event.withdrawnOn();
    }

    @EventSourcingHandler
    void on(SupplementRequested event) {
        remember(event);
        supplementRequested = true;
    }

    @EventSourcingHandler
    void on(SupplementReceived event) {
        remember(event);
        supplementReceived = true;
        deferralInForce = false;
        dueOn = event.dueOn();
    }

    @EventSourcingHandler
    void on(ExtensionGranted event) {
        remember(event);
        lastExtension = event;
        dueOn = event.dueOn();
    }

    @EventSourcingHandler
    void on(ConsultationStarted event) {
        remember(event);
        openConsultations.put(event.consultationId(), event);
    }

    @EventSourcingHandler
    void on(ConsultationEnded event) {
        remember(event);
        openConsultations.remove(event.consultationId());
        endedConsultations.put(event.consultationId(), event);
        dueOn = event.dueOn();
    }

    @EventSourcingHandler
    void on(ProcessingFeeNoticeIssued event) {
        remember(event);
        feeNotice = event;
        feePaid = false;
    }

    @EventSourcingHandler
    void on(ProcessingFeePaid event) {
        remember(event);
        feePaid = true;
        if (event.dueOn() != null) {
            dueOn = event.dueOn();
        }
    }

    @EventSourcingHandler
    void on(AnswerDeferred event) {
        remember(event);
        lastDeferral = event;
        deferralInForce = true;
        dueOn = event.dueOn();
    }

    /** Events that move the statutory clock are kept as clock facts, in order, for the next due date. */
    private void remember(ApplicationEvent event) {
        ClockFacts.toFact(event).ifPresent(clockFacts::add);
    }
}
