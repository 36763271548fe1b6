package org.gongkai.command.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gongkai.command.agency.AgencyDirectory;
import org.gongkai.command.clock.Today;
import org.gongkai.command.rejection.InvalidValue;
import org.gongkai.events.application.AnswerDeferred;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.ApplicationReceived;
import org.gongkai.events.application.Channel;
import org.gongkai.events.application.DecisionRecorded;
import org.gongkai.events.application.ExtensionGranted;
import org.gongkai.events.application.FeeScheme;
import org.gongkai.events.application.Outcome;
import org.gongkai.events.application.ProcessingFeeNoticeIssued;
import org.gongkai.events.application.SupplementReceived;
import org.gongkai.events.application.SupplementRequested;
import org.gongkai.events.calendar.StatutoryClock;
import org.gongkai.events.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Application aggregate's rules for 条例 Art. 30 (late supplement requests), the fee wait (国办函〔2020〕109号) and
 * 延迟答复 (Art. 35). Dates counted by hand on 国办发明电〔2023〕7号.
 */
class ApplicationClockRulesTest {

    private static final String ID = "app-7";
    private static final String AGENCY = "kupu";
    private static final LocalDate TODAY = LocalDate.of(2024, 12, 20);
    /** Mon 2 Sep 2024: working day 20 is Mon 30 Sep (Sat 14 Sep and Sun 29 Sep are make-up days, 15–17 Sep off). */
    private static final LocalDate RECEIVED = LocalDate.of(2024, 9, 2);

    private static final LocalDate DUE = LocalDate.of(2024, 9, 30);

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
        return new ApplicationReceived(ID, AGENCY, RECEIVED, Channel.ONLINE, ApplicantType.NATURAL_PERSON, null, DUE);
    }

    private static AnswerDeferred deferred() {
        return new AnswerDeferred(ID, LocalDate.of(2024, 9, 20), "申请数量明显超过合理范围", LocalDate.of(2024, 10, 31));
    }

    @Test
    void recordsASupplementRequestedAfterTheSevenWorkingDays() {
        // Working day 7 after 2 Sep is Wed 11 Sep; asked on Fri 13 Sep, it is late but still a fact.
        fixture.given(received())
                .when(new RequestSupplement(ID, LocalDate.of(2024, 9, 13), LocalDate.of(2024, 9, 27)))
                .expectEvents(new SupplementRequested(ID, LocalDate.of(2024, 9, 13), LocalDate.of(2024, 9, 27)));
    }

    @Test
    void defersTheAnswerToALaterDate() {
        fixture.given(received())
                .when(new DeferAnswer(ID, LocalDate.of(2024, 9, 20), LocalDate.of(2024, 10, 31), "申请数量明显超过合理范围"))
                .expectEvents(deferred());
    }

    @Test
    void aResentDeferralIsARetry() {
        fixture.given(received(), deferred())
                .when(new DeferAnswer(ID, LocalDate.of(2024, 9, 20), LocalDate.of(2024, 10, 31), "申请数量明显超过合理范围"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aSecondDeferralMayOnlyMoveTheDateLater() {
        fixture.given(received(), deferred())
                .when(new DeferAnswer(ID, LocalDate.of(2024, 10, 8), LocalDate.of(2024, 10, 31), "仍需时间"))
                .expectException(InvalidValue.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("2024-10-31"));
    }

    @Test
    void rejectsADeferralToADateNotAfterTheDueDate() {
        fixture.given(received())
                .when(new DeferAnswer(ID, LocalDate.of(2024, 9, 20), DUE, "申请数量明显超过合理范围"))
                .expectException(InvalidValue.class);
    }

    @Test
    void rejectsADeferralDecidedAfterTheDueDate() {
        fixture.given(received())
                .when(new DeferAnswer(ID, LocalDate.of(2024, 10, 8), LocalDate.of(2024, 10, 31), "申请数量明显超过合理范围"))
                .expectException(DeferralAfterDueDate.class);
    }

    @Test
    void rejectsADeferralWithoutAReason() {
        fixture.given(received())
                .when(new DeferAnswer(ID, LocalDate.of(2024, 9, 20), LocalDate.of(2024, 10, 31), " "))
                .expectException(InvalidValue.class);
    }

    @Test
    void rejectsADeferralWhileTheClockIsStopped() {
        fixture.given(received(), new SupplementRequested(ID, LocalDate.of(2024, 9, 4), LocalDate.of(2024, 9, 25)))
                .when(new DeferAnswer(ID, LocalDate.of(2024, 9, 20), LocalDate.of(2024, 10, 31), "申请数量明显超过合理范围"))
                .expectException(DeferralNeedsARunningClock.class);
    }

    @Test
    void rejectsADeferralWhileAFeeIsUnpaid() {
        fixture.given(
                        received(),
                        new ProcessingFeeNoticeIssued(
                                ID, LocalDate.of(2024, 9, 13), new BigDecimal("100"), FeeScheme.PER_APPLICATION, null))
                .when(new DeferAnswer(ID, LocalDate.of(2024, 9, 20), LocalDate.of(2024, 10, 31), "申请数量明显超过合理范围"))
                .expectException(DeferralNeedsARunningClock.class);
    }

    @Test
    void rejectsADeferralOfAClosedApplication() {
        fixture.given(received(), new DecisionRecorded(ID, Outcome.DISCLOSED, LocalDate.of(2024, 9, 10)))
                .when(new DeferAnswer(ID, LocalDate.of(2024, 9, 20), LocalDate.of(2024, 10, 31), "申请数量明显超过合理范围"))
                .expectException(ApplicationClosed.class);
    }

    @Test
    void aDeferredAnswerIsNotExtended() {
        fixture.given(received(), deferred())
                .when(new GrantExtension(ID, LocalDate.of(2024, 9, 23), 5, "需调取档案"))
                .expectException(AnswerAlreadyDeferred.class);
    }

    @Test
    void aSupplementRestartVoidsTheDeferral() {
        // Supplement asked Mon 23 Sep after the deferral, received Wed 25 Sep: 20 working days count afresh from it
        // (26–27 Sep = 1–2, Sun 29 Sep = 3, 30 Sep = 4, 8–11 Oct = 5–8, Sat 12 Oct = 9, 14–18 = 10–14,
        // 21–25 = 15–19, Mon 28 Oct = 20), and a 5-day extension then adds 29 Oct–1 Nov and 4 Nov.
        fixture.given(
                        received(),
                        deferred(),
                        new SupplementRequested(ID, LocalDate.of(2024, 9, 23), LocalDate.of(2024, 10, 14)),
                        new SupplementReceived(ID, LocalDate.of(2024, 9, 25), LocalDate.of(2024, 10, 28)))
                .when(new GrantExtension(ID, LocalDate.of(2024, 10, 8), 5, "需调取档案"))
                .expectEvents(
                        new ExtensionGranted(ID, LocalDate.of(2024, 10, 8), 5, "需调取档案", LocalDate.of(2024, 11, 4)));
    }
}
