package org.gongkai.command.review;

import java.time.LocalDate;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gongkai.command.TestResources;
import org.gongkai.command.agency.UnknownAgency;
import org.gongkai.command.rejection.IdAlreadyUsed;
import org.gongkai.command.rejection.UnknownId;
import org.gongkai.events.review.LawsuitConcluded;
import org.gongkai.events.review.LawsuitFiled;
import org.gongkai.events.review.LawsuitRoute;
import org.gongkai.events.review.ReconsiderationConcluded;
import org.gongkai.events.review.ReconsiderationFiled;
import org.gongkai.events.review.ReviewResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReviewCaseTest {

    private static final LocalDate FILED = LocalDate.of(2024, 11, 4);
    private FixtureConfiguration<ReviewCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReviewCase.class);
        TestResources.register(fixture, Map.of("county", "province"), Map.of("app-1", "county", "app-2", "city"));
    }

    @Test
    void filesAReconsiderationAgainstARegisteredAgency() {
        fixture.givenNoPriorActivity()
                .when(new FileReconsideration("r1", "county", "app-1", FILED))
                .expectEvents(new ReconsiderationFiled("r1", "county", "app-1", FILED));
    }

    @Test
    void rejectsACaseAboutAnApplicationThatWasNeverReceived() {
        fixture.givenNoPriorActivity()
                .when(new FileReconsideration("r1", "county", "app-404", FILED))
                .expectException(ApplicationNotOfAgency.class)
                .expectNoEvents();
    }

    @Test
    void rejectsACaseAboutAnApplicationOfAnotherAgency() {
        fixture.givenNoPriorActivity()
                .when(new FileLawsuit("l1", "county", "app-2", LawsuitRoute.DIRECT, null, FILED))
                .expectException(ApplicationNotOfAgency.class)
                .expectNoEvents();
    }

    @Test
    void filesALawsuitAboutAnApplicationOfItsAgency() {
        fixture.givenNoPriorActivity()
                .when(new FileLawsuit("l1", "county", "app-1", LawsuitRoute.DIRECT, null, FILED))
                .expectEvents(new LawsuitFiled("l1", "county", "app-1", LawsuitRoute.DIRECT, null, FILED));
    }

    @Test
    void rejectsACaseAgainstAnUnknownAgency() {
        fixture.givenNoPriorActivity()
                .when(new FileReconsideration("r1", "nowhere", null, FILED))
                .expectException(UnknownAgency.class);
    }

    @Test
    void filesALawsuitAfterReconsideration() {
        fixture.givenNoPriorActivity()
                .when(new FileLawsuit("l1", "county", null, LawsuitRoute.AFTER_RECONSIDERATION, "r1", FILED))
                .expectEvents(new LawsuitFiled("l1", "county", null, LawsuitRoute.AFTER_RECONSIDERATION, "r1", FILED));
    }

    @Test
    void rejectsAnotherFilingUnderTheSameCaseId() {
        fixture.given(new ReconsiderationFiled("r1", "county", null, FILED))
                .when(new FileLawsuit("r1", "county", null, LawsuitRoute.DIRECT, null, FILED))
                .expectException(IdAlreadyUsed.class);
    }

    @Test
    void concludesACaseOnce() {
        fixture.given(
                        new ReconsiderationFiled("r1", "county", null, FILED),
                        new ReconsiderationConcluded("r1", ReviewResult.UPHELD, FILED.plusDays(30)))
                .when(new ConcludeCase("r1", false, ReviewResult.CORRECTED, FILED.plusDays(31)))
                .expectException(CaseAlreadyConcluded.class);
    }

    @Test
    void concludesALawsuitAsALawsuit() {
        fixture.given(new LawsuitFiled("l1", "county", null, LawsuitRoute.DIRECT, null, FILED))
                .when(new ConcludeCase("l1", true, ReviewResult.CORRECTED, FILED.plusDays(10)))
                .expectEvents(new LawsuitConcluded("l1", ReviewResult.CORRECTED, FILED.plusDays(10)));
    }

    @Test
    void doesNotConcludeALawsuitThroughTheReconsiderationEndpoint() {
        fixture.given(new LawsuitFiled("l1", "county", null, LawsuitRoute.DIRECT, null, FILED))
                .when(new ConcludeCase("l1", false, ReviewResult.CORRECTED, FILED.plusDays(10)))
                .expectException(UnknownId.class);
    }

    @Test
    void rejectsAConclusionBeforeFiling() {
        fixture.given(new ReconsiderationFiled("r1", "county", null, FILED))
                .when(new ConcludeCase("r1", false, ReviewResult.OTHER, FILED.minusDays(1)))
                .expectException(ConclusionBeforeFiling.class)
                .expectNoEvents();
    }
}
