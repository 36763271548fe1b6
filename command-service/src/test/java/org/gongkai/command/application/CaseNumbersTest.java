package org.gongkai.command.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gongkai.command.agency.AgencyDirectory;
import org.gongkai.command.clock.Today;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.ApplicationReceived;
import org.gongkai.events.application.Channel;
import org.gongkai.events.calendar.StatutoryClock;
import org.gongkai.events.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The readable case number: how it reads, that it is part of the intake fact, and that a retry takes none. */
class CaseNumbersTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

    /** Counts per agency and year as the counter table does; the name as the agency was registered. */
    private final Map<String, Integer> counters = new HashMap<>();

    private final CaseNumbers numbers = (agencyId, receivedOn) -> CaseNumberFormat.format(
            "托里县库普乡人民政府", receivedOn.getYear(), counters.merge(agencyId + receivedOn.getYear(), 1, Integer::sum));

    private FixtureConfiguration<Application> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Application.class);
        fixture.registerInjectableResource((Today) () -> LocalDate.of(2026, 6, 1));
        fixture.registerInjectableResource(new StatutoryClock(WorkingDayCalendar.official()));
        fixture.registerInjectableResource(numbers);
        fixture.registerInjectableResource(new AgencyDirectory() {
            @Override
            public boolean isRegistered(String agencyId) {
                return true;
            }

            @Override
            public Optional<String> parentOf(String agencyId) {
                return Optional.empty();
            }
        });
    }

    @Test
    void shortensTheAgencyNameToWhatPeopleSay() {
        assertThat(CaseNumberFormat.shortName("托里县库普乡人民政府")).isEqualTo("库普");
        assertThat(CaseNumberFormat.shortName("托里县教育局")).isEqualTo("教育局");
        assertThat(CaseNumberFormat.shortName("托里县人民政府")).isEqualTo("托里县");
        assertThat(CaseNumberFormat.shortName("塔城市铁厂沟镇人民政府")).isEqualTo("铁厂沟");
        assertThat(CaseNumberFormat.format("托里县库普乡人民政府", 2026, 12)).isEqualTo("库普〔2026〕第12号");
        assertThat(
                        CaseNumberFormat.shortName(
                                "a\uD840\uDC00\uD840\uDC00\uD840\uDC00\uD840\uDC00\uD840\uDC00\uD840\uDC00\uD840\uDC00\uD840\uDC00"))
                .as("eight code points, no half of a surrogate pair")
                .isEqualTo("a\uD840\uDC00\uD840\uDC00\uD840\uDC00\uD840\uDC00\uD840\uDC00\uD840\uDC00\uD840\uDC00");
    }

    @Test
    void recordsTheNextNumberOfTheAgencyAndYearInTheIntakeFact() {
        counters.put("kupu2026", 11);

        fixture.givenNoPriorActivity()
                .when(receive("app-12"))
                .expectEvents(new ApplicationReceived(
                        "app-12",
                        "kupu",
                        RECEIVED,
                        Channel.ONLINE,
                        ApplicantType.NATURAL_PERSON,
                        "财政预算",
                        LocalDate.of(2026, 3, 30),
                        "库普〔2026〕第12号"));
    }

    @Test
    void takesNoSecondNumberWhenTheSameIntakeIsSentAgain() {
        fixture.given(new ApplicationReceived(
                        "app-1",
                        "kupu",
                        RECEIVED,
                        Channel.ONLINE,
                        ApplicantType.NATURAL_PERSON,
                        "财政预算",
                        LocalDate.of(2026, 3, 30),
                        "库普〔2026〕第1号"))
                .when(receive("app-1"))
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
        assertThat(counters).isEmpty();
    }

    @Test
    void takesNoNumberForARefusedIntake() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveApplication(
                        "app-2", "kupu", LocalDate.of(2027, 1, 4), Channel.ONLINE, ApplicantType.NATURAL_PERSON, "x"))
                .expectException(RuntimeException.class);
        assertThat(counters).isEmpty();
    }

    private static ReceiveApplication receive(String id) {
        return new ReceiveApplication(id, "kupu", RECEIVED, Channel.ONLINE, ApplicantType.NATURAL_PERSON, "财政预算");
    }
}
