package org.gongkai.command.application;

import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gongkai.command.agency.AgencyDirectory;
import org.gongkai.command.agency.UnknownAgency;
import org.gongkai.command.clock.Today;
import org.gongkai.command.rejection.BusinessDateInFuture;
import org.gongkai.command.rejection.IdAlreadyUsed;
import org.gongkai.command.rejection.InvalidValue;
import org.gongkai.command.rejection.OutsideInputLimits;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.ApplicationReceived;
import org.gongkai.events.application.ApplicationWithdrawn;
import org.gongkai.events.application.Channel;
import org.gongkai.events.application.ConsultationEnded;
import org.gongkai.events.application.ConsultationParty;
import org.gongkai.events.application.ConsultationStarted;
import org.gongkai.events.application.DecisionCorrected;
import org.gongkai.events.application.DecisionRecorded;
import org.gongkai.events.application.ExtensionGranted;
import org.gongkai.events.application.FeeScheme;
import org.gongkai.events.application.Outcome;
import org.gongkai.events.application.ProcessingFeeNoticeIssued;
import org.gongkai.events.application.ProcessingFeePaid;
import org.gongkai.events.application.SupplementReceived;
import org.gongkai.events.application.SupplementRequested;
import org.gongkai.events.calendar.StatutoryClock;
import org.gongkai.events.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One test per rule of the Application aggregate, named as the rule. */
class ApplicationTest {

    private static final String ID = "app-1";
    private static final String AGENCY = "kupu";
    private static final LocalDate TODAY = LocalDate.of(2024, 12, 20);
    /** Friday 2024-03-01; twenty weekdays later is Friday 2024-03-29. */
    private static final LocalDate RECEIVED = LocalDate.of(2024, 3, 1);

    private static final LocalDate DUE = LocalDate.of(2024, 3, 29);

    private FixtureConfiguration<Application> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Application.class);
        fixture.registerInjectableResource((Today) () -> TODAY);
        fixture.registerInjectableResource(new StatutoryClock(WorkingDayCalendar.official()));
        fixture.registerInjectableResource((CaseNumbers) (agencyId, receivedOn) -> null); // CaseNumbersTest numbers
        fixture.registerInjectableResource(new AgencyDirectory() {
            @Override
            public boolean isRegistered(String agencyId) {
                return AGENCY.equals(agencyId);
            }

            @Override
            public Optional<String> parentOf(String agencyId) {
                return Optional.empty();
            }
        });
    }

    private static ApplicationReceived received() {
        return new ApplicationReceived(ID, AGENCY, RECEIVED, Channel.ONLINE, ApplicantType.NATURAL_PERSON, "村务公开", DUE);
    }

    private static ReceiveApplication receive() {
        return new ReceiveApplication(ID, AGENCY, RECEIVED, Channel.ONLINE, ApplicantType.NATURAL_PERSON, "村务公开");
    }

    @Test
    void receivesAnApplicationDueTwentyWorkingDaysAfterReceipt() {
        fixture.givenNoPriorActivity()
                .when(receive())
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(DUE)
                .expectEvents(received());
    }

    @Test
    void treatsTheSameReceiptSentTwiceAsARetry() {
        fixture.given(received())
                .when(receive())
                .expectResultMessagePayload(DUE)
                .expectNoEvents();
    }

    @Test
    void rejectsTheSameIdWithAnotherBody() {
        fixture.given(received())
                .when(new ReceiveApplication(ID, AGENCY, RECEIVED, Channel.FAX, ApplicantType.NATURAL_PERSON, "村务公开"))
                .expectException(IdAlreadyUsed.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAnApplicationForAnUnknownAgency() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveApplication(
                        ID, "nobody", RECEIVED, Channel.ONLINE, ApplicantType.NATURAL_PERSON, null))
                .expectException(UnknownAgency.class)
                .expectNoEvents();
    }

    @Test
    void dateOutOfRange() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveApplication(
                        ID, AGENCY, LocalDate.of(1999, 12, 31), Channel.ONLINE, ApplicantType.NATURAL_PERSON, null))
                .expectException(OutsideInputLimits.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("receivedOn"))
                .expectNoEvents();
    }

    @Test
    void rejectsAReceiptDateInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveApplication(
                        ID, AGENCY, TODAY.plusDays(1), Channel.ONLINE, ApplicantType.NATURAL_PERSON, null))
                .expectException(BusinessDateInFuture.class)
                .expectNoEvents();
    }

    @Test
    void recordsOneDecision() {
        fixture.given(received())
                .when(new RecordDecision(ID, Outcome.DISCLOSED, LocalDate.of(2024, 3, 20)))
                .expectEvents(new DecisionRecorded(ID, Outcome.DISCLOSED, LocalDate.of(2024, 3, 20)));
    }

    @Test
    void rejectsASecondDecision() {
        fixture.given(received(), new DecisionRecorded(ID, Outcome.DISCLOSED, LocalDate.of(2024, 3, 20)))
                .when(new RecordDecision(ID, Outcome.UNAVAILABLE_NOT_HELD, LocalDate.of(2024, 3, 21)))
                .expectException(ApplicationClosed.class)
                .expectNoEvents();
    }

    @Test
    void treatsTheSameDecisionSentTwiceAsARetry() {
        fixture.given(received(), new DecisionRecorded(ID, Outcome.DISCLOSED, LocalDate.of(2024, 3, 20)))
                .when(new RecordDecision(ID, Outcome.DISCLOSED, LocalDate.of(2024, 3, 20)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void rejectsADecisionBeforeTheReceiptDate() {
        fixture.given(received())
                .when(new RecordDecision(ID, Outcome.DISCLOSED, RECEIVED.minusDays(1)))
                .expectException(DateBeforeReceipt.class)
                .expectNoEvents();
    }

    @Test
    void rejectsADecisionDatedInTheFuture() {
        fixture.given(received())
                .when(new RecordDecision(ID, Outcome.DISCLOSED, TODAY.plusDays(1)))
                .expectException(BusinessDateInFuture.class);
    }

    @Test
    void datesADecisionInJanuaryAboutDecemberByItsDecisionDate() {
        fixture.given(new ApplicationReceived(
                        ID,
                        AGENCY,
                        LocalDate.of(2023, 12, 20),
                        Channel.ONLINE,
                        ApplicantType.COMMERCIAL_ENTERPRISE,
                        null,
                        LocalDate.of(2024, 1, 17)))
                .when(new RecordDecision(ID, Outcome.PARTIALLY_DISCLOSED, LocalDate.of(2024, 1, 5)))
                .expectEvents(new DecisionRecorded(ID, Outcome.PARTIALLY_DISCLOSED, LocalDate.of(2024, 1, 5)));
    }

    @Test
    void correctsARecordedDecisionAndKeepsTheOldOneInHistory() {
        fixture.given(received(), new DecisionRecorded(ID, Outcome.DISCLOSED, LocalDate.of(2024, 3, 20)))
                .when(new CorrectDecision(ID, Outcome.PARTIALLY_DISCLOSED, LocalDate.of(2024, 3, 22), "登记错误"))
                .expectEvents(
                        new DecisionCorrected(ID, Outcome.PARTIALLY_DISCLOSED, LocalDate.of(2024, 3, 22), "登记错误"));
    }

    @Test
    void rejectsACorrectionOfAnOpenApplication() {
        fixture.given(received())
                .when(new CorrectDecision(ID, Outcome.DISCLOSED, LocalDate.of(2024, 3, 22), "登记错误"))
                .expectException(ApplicationNotClosed.class);
    }

    @Test
    void rejectsACorrectionWithoutAReason() {
        fixture.given(received(), new DecisionRecorded(ID, Outcome.DISCLOSED, LocalDate.of(2024, 3, 20)))
                .when(new CorrectDecision(ID, Outcome.OTHER, LocalDate.of(2024, 3, 22), " "))
                .expectException(InvalidValue.class);
    }

    @Test
    void closesAWithdrawnApplication() {
        fixture.given(received(), new ApplicationWithdrawn(ID, LocalDate.of(2024, 3, 5)))
                .when(new RecordDecision(ID, Outcome.DISCLOSED, LocalDate.of(2024, 3, 6)))
                .expectException(ApplicationClosed.class);
    }

    @Test
    void rejectsAWithdrawalBeforeReceipt() {
        fixture.given(received())
                .when(new WithdrawApplication(ID, RECEIVED.minusDays(3)))
                .expectException(DateBeforeReceipt.class);
    }

    @Test
    void requestsASupplementOnlyOnce() {
        fixture.given(received(), new SupplementRequested(ID, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 25)))
                .when(new RequestSupplement(ID, LocalDate.of(2024, 3, 5), null))
                .expectException(SupplementAlreadyRequested.class);
    }

    @Test
    void givesASupplementFifteenWorkingDaysWhenNoDeadlineIsSet() {
        fixture.given(received())
                .when(new RequestSupplement(ID, LocalDate.of(2024, 3, 4), null))
                .expectEvents(new SupplementRequested(ID, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 25)));
    }

    @Test
    void rejectsASupplementThatWasNeverRequested() {
        fixture.given(received())
                .when(new ReceiveSupplement(ID, LocalDate.of(2024, 3, 6)))
                .expectException(SupplementNotRequested.class);
    }

    @Test
    void restartsTheTwentyDaysWhenTheSupplementArrives() {
        // From Friday 15 March: Qingming 2024 takes 4–6 April off and makes Sunday 7 April a working day.
        fixture.given(received(), new SupplementRequested(ID, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 25)))
                .when(new ReceiveSupplement(ID, LocalDate.of(2024, 3, 15)))
                .expectEvents(new SupplementReceived(ID, LocalDate.of(2024, 3, 15), LocalDate.of(2024, 4, 15)));
    }

    @Test
    void addsAnExtensionToTheDueDateInForce() {
        // Due Friday 29 March; five working days on: 1, 2, 3 April, Sunday 7 April (调休), Monday 8 April.
        fixture.given(received())
                .when(new GrantExtension(ID, LocalDate.of(2024, 3, 25), 5, "需调取档案"))
                .expectEvents(
                        new ExtensionGranted(ID, LocalDate.of(2024, 3, 25), 5, "需调取档案", LocalDate.of(2024, 4, 8)));
    }

    @Test
    void rejectsExtensionsBeyondTwentyWorkingDaysInAll() {
        fixture.given(
                        received(),
                        new ExtensionGranted(ID, LocalDate.of(2024, 3, 25), 15, "需调取档案", LocalDate.of(2024, 4, 19)))
                .when(new GrantExtension(ID, LocalDate.of(2024, 3, 26), 6, "再次延长"))
                .expectException(ExtensionLimitExceeded.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnyFurtherExtensionOnceTwentyWorkingDaysAreUsedAsAConflict() {
        fixture.given(
                        received(),
                        new ExtensionGranted(ID, LocalDate.of(2024, 3, 25), 20, "需调取档案", LocalDate.of(2024, 4, 29)))
                .when(new GrantExtension(ID, LocalDate.of(2024, 3, 26), 1, "再次延长"))
                .expectException(ExtensionMaximumUsed.class)
                .expectNoEvents();
    }

    @Test
    void addsTheConsultationsWorkingDaysBothEndsIncluded() {
        // Wednesday 6 to Tuesday 12 March: 5 working days, so the due date moves from 29 March to 8 April.
        fixture.given(
                        received(),
                        new ConsultationStarted(ID, "c1", ConsultationParty.THIRD_PARTY, LocalDate.of(2024, 3, 6)))
                .when(new EndConsultation(ID, "c1", LocalDate.of(2024, 3, 12)))
                .expectEvents(new ConsultationEnded(ID, "c1", LocalDate.of(2024, 3, 12), LocalDate.of(2024, 4, 8)));
    }

    @Test
    void rejectsAConsultationEndingBeforeItStarted() {
        fixture.given(
                        received(),
                        new ConsultationStarted(ID, "c1", ConsultationParty.OTHER_AGENCY, LocalDate.of(2024, 3, 6)))
                .when(new EndConsultation(ID, "c1", LocalDate.of(2024, 3, 5)))
                .expectException(ConsultationEndsBeforeStart.class);
    }

    @Test
    void endsAConsultationOnlyOnce() {
        fixture.given(
                        received(),
                        new ConsultationStarted(ID, "c1", ConsultationParty.OTHER_AGENCY, LocalDate.of(2024, 3, 6)),
                        new ConsultationEnded(ID, "c1", LocalDate.of(2024, 3, 7), LocalDate.of(2024, 4, 2)))
                .when(new EndConsultation(ID, "c1", LocalDate.of(2024, 3, 8)))
                .expectException(ConsultationAlreadyEnded.class);
    }

    @Test
    void rejectsTheEndOfAConsultationThatNeverStarted() {
        fixture.given(received())
                .when(new EndConsultation(ID, "c9", LocalDate.of(2024, 3, 8)))
                .expectException(UnknownConsultation.class);
    }

    @Test
    void rejectsAConsultationBeforeReceipt() {
        fixture.given(received())
                .when(new StartConsultation(ID, "c1", ConsultationParty.THIRD_PARTY, RECEIVED.minusDays(1)))
                .expectException(DateBeforeReceipt.class);
    }

    @Test
    void givesTwentyWorkingDaysToPayAFee() {
        fixture.given(received())
                .when(new IssueFeeNotice(
                        ID, LocalDate.of(2024, 3, 4), new java.math.BigDecimal("1080.00"), FeeScheme.PER_PAGE))
                .expectEvents(new ProcessingFeeNoticeIssued(
                        ID,
                        LocalDate.of(2024, 3, 4),
                        new java.math.BigDecimal("1080.00"),
                        FeeScheme.PER_PAGE,
                        LocalDate.of(2024, 4, 1)));
    }

    @Test
    void rejectsFeesWithFractionsOfAFen() {
        fixture.given(received())
                .when(new IssueFeeNotice(
                        ID, LocalDate.of(2024, 3, 4), new java.math.BigDecimal("10.005"), FeeScheme.PER_PAGE))
                .expectException(InvalidValue.class);
    }

    @Test
    void rejectsAPaymentWithoutAFeeNotice() {
        fixture.given(received())
                .when(new RecordFeePayment(ID, LocalDate.of(2024, 3, 6)))
                .expectException(FeeNotNotified.class);
    }

    @Test
    void recordsAPaidFeeAndLeavesTheWaitOutOfTheAnswerPeriod() {
        // 国办函〔2020〕109号 (ADR 0030): notice Mon 4 Mar through payment Wed 6 Mar are 3 working days; working day
        // 23 after Fri 1 Mar: 29 Mar = 20, 1–3 Apr = 21–23.
        fixture.given(
                        received(),
                        new ProcessingFeeNoticeIssued(
                                ID,
                                LocalDate.of(2024, 3, 4),
                                new java.math.BigDecimal("100"),
                                FeeScheme.PER_APPLICATION,
                                LocalDate.of(2024, 4, 1)))
                .when(new RecordFeePayment(ID, LocalDate.of(2024, 3, 6)))
                .expectEvents(new ProcessingFeePaid(ID, LocalDate.of(2024, 3, 6), LocalDate.of(2024, 4, 3)));
    }

    @Test
    void rejectsAPaymentBeforeTheFeeNoticeByItsOwnRule() {
        fixture.given(
                        received(),
                        new ProcessingFeeNoticeIssued(
                                ID,
                                LocalDate.of(2024, 3, 4),
                                new java.math.BigDecimal("100"),
                                FeeScheme.PER_APPLICATION,
                                LocalDate.of(2024, 4, 1)))
                .when(new RecordFeePayment(ID, LocalDate.of(2024, 3, 3)))
                .expectException(PaymentBeforeFeeNotice.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("before the fee notice of 2024-03-04"));
    }

    @Test
    void rejectsASupplementDeadlineBeforeTheRequestByItsOwnRule() {
        fixture.given(received())
                .when(new RequestSupplement(ID, LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 4)))
                .expectException(SupplementDueBeforeRequest.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("before the request of 2024-03-05"));
    }

    @Test
    void rejectsAnExtensionAfterTheApplicationIsClosed() {
        fixture.given(received(), new DecisionRecorded(ID, Outcome.DISCLOSED, LocalDate.of(2024, 3, 20)))
                .when(new GrantExtension(ID, LocalDate.of(2024, 3, 21), 5, "需调取档案"))
                .expectException(ApplicationClosed.class);
    }
}
