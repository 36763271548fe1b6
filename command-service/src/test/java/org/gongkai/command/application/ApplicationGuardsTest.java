package org.gongkai.command.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gongkai.command.agency.AgencyDirectory;
import org.gongkai.command.clock.Today;
import org.gongkai.command.rejection.BusinessDateInFuture;
import org.gongkai.command.rejection.InvalidValue;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.ApplicationReceived;
import org.gongkai.events.application.Channel;
import org.gongkai.events.application.ConsultationParty;
import org.gongkai.events.application.ConsultationStarted;
import org.gongkai.events.application.DecisionRecorded;
import org.gongkai.events.application.ExtensionGranted;
import org.gongkai.events.application.FeeScheme;
import org.gongkai.events.application.Outcome;
import org.gongkai.events.application.ProcessingFeeNoticeIssued;
import org.gongkai.events.application.ProcessingFeePaid;
import org.gongkai.events.application.SupplementRequested;
import org.gongkai.events.calendar.StatutoryClock;
import org.gongkai.events.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guards every fact of an application passes: nothing after the answer, no business date after today, and the
 * boundaries of the extension rule (条例 Art. 33). Found missing by mutation testing (ADR 0031).
 */
class ApplicationGuardsTest {

    private static final String ID = "app-g";
    private static final String AGENCY = "kupu";
    private static final LocalDate TODAY = LocalDate.of(2024, 12, 20);
    private static final LocalDate TOMORROW = TODAY.plusDays(1);
    /** Friday 2024-03-01, due Friday 2024-03-29 (no holiday in March 2024). */
    private static final LocalDate RECEIVED = LocalDate.of(2024, 3, 1);

    private FixtureConfiguration<Application> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Application.class);
        fixture.registerInjectableResource((Today) () -> TODAY);
        fixture.registerInjectableResource(new StatutoryClock(WorkingDayCalendar.official()));
        fixture.registerInjectableResource((CaseNumbers) (agencyId, receivedOn) -> null);
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
        return new ApplicationReceived(
                ID, AGENCY, RECEIVED, Channel.ONLINE, ApplicantType.NATURAL_PERSON, null, LocalDate.of(2024, 3, 29));
    }

    private static DecisionRecorded decided() {
        return new DecisionRecorded(ID, Outcome.DISCLOSED, LocalDate.of(2024, 3, 20));
    }

    private static LocalDate march(int day) {
        return LocalDate.of(2024, 3, day);
    }

    private static ProcessingFeeNoticeIssued notice() {
        return new ProcessingFeeNoticeIssued(ID, march(4), new BigDecimal("100"), FeeScheme.PER_APPLICATION, null);
    }

    @Test
    void nothingHappensToAnAnsweredApplication() {
        fixture.given(received(), decided())
                .when(new RequestSupplement(ID, march(21), null))
                .expectException(ApplicationClosed.class);
        fixture.given(received(), new SupplementRequested(ID, march(4), march(15)), decided())
                .when(new ReceiveSupplement(ID, march(21)))
                .expectException(ApplicationClosed.class);
        fixture.given(received(), decided())
                .when(new WithdrawApplication(ID, march(21)))
                .expectException(ApplicationClosed.class);
        fixture.given(received(), decided())
                .when(new StartConsultation(ID, "c", ConsultationParty.THIRD_PARTY, march(21)))
                .expectException(ApplicationClosed.class);
        fixture.given(received(), new ConsultationStarted(ID, "c", ConsultationParty.THIRD_PARTY, march(4)), decided())
                .when(new EndConsultation(ID, "c", march(21)))
                .expectException(ApplicationClosed.class);
        fixture.given(received(), decided())
                .when(new IssueFeeNotice(ID, march(21), new BigDecimal("100"), FeeScheme.PER_APPLICATION))
                .expectException(ApplicationClosed.class);
        fixture.given(received(), notice(), decided())
                .when(new RecordFeePayment(ID, march(21)))
                .expectException(ApplicationClosed.class);
    }

    @Test
    void noFactIsDatedAfterToday() {
        fixture.given(received())
                .when(new RecordDecision(ID, Outcome.DISCLOSED, TOMORROW))
                .expectException(BusinessDateInFuture.class);
        fixture.given(received())
                .when(new RequestSupplement(ID, TOMORROW, null))
                .expectException(BusinessDateInFuture.class);
        fixture.given(received(), new SupplementRequested(ID, march(4), march(15)))
                .when(new ReceiveSupplement(ID, TOMORROW))
                .expectException(BusinessDateInFuture.class);
        fixture.given(received())
                .when(new GrantExtension(ID, TOMORROW, 5, "需调取档案"))
                .expectException(BusinessDateInFuture.class);
        fixture.given(received())
                .when(new DeferAnswer(ID, TOMORROW, TOMORROW.plusDays(40), "数量明显超过合理范围"))
                .expectException(BusinessDateInFuture.class);
        fixture.given(received(), new ConsultationStarted(ID, "c", ConsultationParty.THIRD_PARTY, march(4)))
                .when(new EndConsultation(ID, "c", TOMORROW))
                .expectException(BusinessDateInFuture.class);
        fixture.given(received())
                .when(new IssueFeeNotice(ID, TOMORROW, new BigDecimal("100"), FeeScheme.PER_PAGE))
                .expectException(BusinessDateInFuture.class);
        fixture.given(received(), notice())
                .when(new RecordFeePayment(ID, TOMORROW))
                .expectException(BusinessDateInFuture.class);
    }

    @Test
    void anExtensionNeedsAReasonAndAtLeastOneDayAndMayUseExactlyTheTwentyDays() {
        fixture.given(received()).when(new GrantExtension(ID, march(5), 5, " ")).expectException(InvalidValue.class);
        // one day: Fri 29 Mar -> Mon 1 Apr
        fixture.given(received())
                .when(new GrantExtension(ID, march(5), 1, "需调取档案"))
                .expectEvents(new ExtensionGranted(ID, march(5), 1, "需调取档案", LocalDate.of(2024, 4, 1)));
        // 15 granted, 5 left: exactly 5 more is allowed. Working day 40 after 1 Mar: 29 Mar = 20, 1–3 Apr = 21–23,
        // 4–6 Apr off (清明), Sun 7 Apr (调休) = 24, 8–26 Apr = 25–39, Sun 28 Apr (劳动节调休) = 40.
        fixture.given(received(), new ExtensionGranted(ID, march(5), 15, "需调取档案", LocalDate.of(2024, 4, 26)))
                .when(new GrantExtension(ID, march(6), 5, "仍需调取档案"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ExtensionGranted(ID, march(6), 5, "仍需调取档案", LocalDate.of(2024, 4, 28)));
    }

    @Test
    void anExtensionIsARetryOnlyWhenDateDaysAndReasonAreTheSame() {
        ExtensionGranted granted = new ExtensionGranted(ID, march(5), 1, "需调取档案", LocalDate.of(2024, 4, 1));
        fixture.given(received(), granted)
                .when(new GrantExtension(ID, march(5), 1, "需调取档案"))
                .expectNoEvents();
        fixture.given(received(), granted)
                .when(new GrantExtension(ID, march(6), 1, "需调取档案"))
                .expectEvents(new ExtensionGranted(ID, march(6), 1, "需调取档案", LocalDate.of(2024, 4, 2)));
        fixture.given(received(), granted)
                .when(new GrantExtension(ID, march(5), 2, "需调取档案"))
                .expectEvents(new ExtensionGranted(ID, march(5), 2, "需调取档案", LocalDate.of(2024, 4, 3)));
        fixture.given(received(), granted)
                .when(new GrantExtension(ID, march(5), 1, "另一理由"))
                .expectEvents(new ExtensionGranted(ID, march(5), 1, "另一理由", LocalDate.of(2024, 4, 2)));
    }

    @Test
    void aConsultationIsARetryOnlyWithTheSamePartyAndDate() {
        ConsultationStarted started = new ConsultationStarted(ID, "c", ConsultationParty.THIRD_PARTY, march(4));
        fixture.given(received(), started)
                .when(new StartConsultation(ID, "c", ConsultationParty.THIRD_PARTY, march(4)))
                .expectNoEvents();
        fixture.given(received(), started)
                .when(new StartConsultation(ID, "c", ConsultationParty.OTHER_AGENCY, march(4)))
                .expectException(org.gongkai.command.rejection.IdAlreadyUsed.class);
        fixture.given(received(), started)
                .when(new StartConsultation(ID, "c", ConsultationParty.THIRD_PARTY, march(5)))
                .expectException(org.gongkai.command.rejection.IdAlreadyUsed.class);
    }

    @Test
    void aPaidFeeStaysOutOfTheLaterCount() {
        // Notice 4 Mar, paid 6 Mar: 3 working days out; an extension of 5 then counts to working day 28 after
        // 1 Mar: 29 Mar = 20, 1–3 Apr = 21–23, 4–6 Apr off (清明), Sun 7 Apr (调休) = 24, 8–11 Apr = 25–28.
        fixture.given(received(), notice(), new ProcessingFeePaid(ID, march(6), LocalDate.of(2024, 4, 3)))
                .when(new GrantExtension(ID, march(7), 5, "需调取档案"))
                .expectEvents(new ExtensionGranted(ID, march(7), 5, "需调取档案", LocalDate.of(2024, 4, 11)));
    }

    @Test
    void aRetriedReceiptAnswersTheDueDateInForceAfterAPayment() {
        fixture.given(received(), notice(), new ProcessingFeePaid(ID, march(6), LocalDate.of(2024, 4, 3)))
                .when(new ReceiveApplication(ID, AGENCY, RECEIVED, Channel.ONLINE, ApplicantType.NATURAL_PERSON, null))
                .expectResultMessagePayload(LocalDate.of(2024, 4, 3));
    }
}
