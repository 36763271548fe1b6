package org.gongkai.command.report;

import java.time.LocalDate;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gongkai.command.TestResources;
import org.gongkai.command.agency.UnknownAgency;
import org.gongkai.command.rejection.InvalidValue;
import org.gongkai.events.report.QuarterlyStatisticsSubmitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of quarterly statistics submission; TestResources' today is 2024-12-20, inside 2024 Q4. */
class QuarterlyStatisticsTest {

    private static final String Q3 = "statistics:kupu:2024:Q3";
    private static final String SNAPSHOT = "{\"quarter\":{\"agencyId\":\"kupu\",\"year\":2024,\"quarter\":3}}";
    private static final LocalDate TODAY = TestResources.TODAY;
    private static final QuarterlyStatisticsSubmitted FIRST =
            new QuarterlyStatisticsSubmitted(Q3, "kupu", 2024, 3, 1, null, SNAPSHOT, TODAY);

    private FixtureConfiguration<QuarterlyStatistics> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(QuarterlyStatistics.class);
        TestResources.register(fixture, Map.of("kupu", "toli", "toli", "toli-root"));
    }

    @Test
    void submitsAnEndedQuarterAsVersionOne() {
        fixture.givenNoPriorActivity()
                .when(new SubmitQuarterlyStatistics(Q3, "kupu", 2024, 3, null, SNAPSHOT))
                .expectEvents(FIRST)
                .expectResultMessagePayload(1);
    }

    @Test
    void refusesTheQuarterStillRunning() {
        fixture.givenNoPriorActivity()
                .when(new SubmitQuarterlyStatistics("statistics:kupu:2024:Q4", "kupu", 2024, 4, null, SNAPSHOT))
                .expectException(QuarterNotEnded.class)
                .expectNoEvents();
    }

    @Test
    void answersARetryWithTheSameVersion() {
        fixture.given(FIRST)
                .when(new SubmitQuarterlyStatistics(Q3, "kupu", 2024, 3, "  ", SNAPSHOT))
                .expectNoEvents()
                .expectResultMessagePayload(1);
    }

    @Test
    void requiresAReasonToCorrectASubmission() {
        fixture.given(FIRST)
                .when(new SubmitQuarterlyStatistics(Q3, "kupu", 2024, 3, null, SNAPSHOT.replace("3}", "3,\"x\":1}")))
                .expectException(CorrectionNeedsReason.class)
                .expectNoEvents();
    }

    @Test
    void recordsACorrectionWithItsReasonAsTheNextVersion() {
        String corrected = SNAPSHOT.replace("3}", "3,\"x\":1}");
        fixture.given(FIRST)
                .when(new SubmitQuarterlyStatistics(Q3, "kupu", 2024, 3, " 补录一件9月的答复 ", corrected))
                .expectEvents(new QuarterlyStatisticsSubmitted(Q3, "kupu", 2024, 3, 2, "补录一件9月的答复", corrected, TODAY))
                .expectResultMessagePayload(2);
    }

    @Test
    void refusesAQuarterOutsideOneToFour() {
        fixture.givenNoPriorActivity()
                .when(new SubmitQuarterlyStatistics("statistics:kupu:2024:Q5", "kupu", 2024, 5, null, SNAPSHOT))
                .expectException(InvalidValue.class)
                .expectNoEvents();
    }

    @Test
    void refusesAStreamKeyOfAnotherQuarter() {
        fixture.givenNoPriorActivity()
                .when(new SubmitQuarterlyStatistics(Q3, "kupu", 2024, 2, null, SNAPSHOT))
                .expectException(InvalidValue.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnUnknownAgency() {
        fixture.givenNoPriorActivity()
                .when(new SubmitQuarterlyStatistics("statistics:nobody:2024:Q3", "nobody", 2024, 3, null, SNAPSHOT))
                .expectException(UnknownAgency.class)
                .expectNoEvents();
    }

    @Test
    void refusesASubmissionWithoutSnapshot() {
        fixture.givenNoPriorActivity()
                .when(new SubmitQuarterlyStatistics(Q3, "kupu", 2024, 3, null, null))
                .expectException(InvalidValue.class)
                .expectNoEvents();
    }
}
