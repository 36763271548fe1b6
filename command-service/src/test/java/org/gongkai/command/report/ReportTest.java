package org.gongkai.command.report;

import java.time.LocalDate;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gongkai.command.TestResources;
import org.gongkai.command.agency.UnknownAgency;
import org.gongkai.command.rejection.InvalidValue;
import org.gongkai.events.report.NarrativeDrafted;
import org.gongkai.events.report.NarrativeSection;
import org.gongkai.events.report.ReportPublished;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of the report stream; TestResources' today is 2024-12-20, so 2023 is the last closed year. */
class ReportTest {

    private static final String ID = "report:kupu:2023";
    private static final String SNAPSHOT = "{\"agencyId\":\"kupu\",\"year\":2023}";
    private static final LocalDate TODAY = TestResources.TODAY;
    private static final ReportPublished FIRST = new ReportPublished(ID, "kupu", 2023, 1, null, SNAPSHOT, TODAY);

    private FixtureConfiguration<Report> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Report.class);
        TestResources.register(fixture, Map.of("kupu", "toli", "toli", "toli-root"));
    }

    @Test
    void draftsTheFirstVersionOfASection() {
        fixture.givenNoPriorActivity()
                .when(new DraftNarrative(ID, "kupu", 2023, NarrativeSection.PROBLEMS, "培训不够。"))
                .expectEvents(new NarrativeDrafted(ID, "kupu", 2023, NarrativeSection.PROBLEMS, "培训不够。", 1))
                .expectResultMessagePayload(1);
    }

    @Test
    void recordsEachEditAsTheNextVersionOfItsSection() {
        fixture.given(
                        new NarrativeDrafted(ID, "kupu", 2023, NarrativeSection.PROBLEMS, "初稿", 1),
                        new NarrativeDrafted(ID, "kupu", 2023, NarrativeSection.OVERVIEW, "总体", 1))
                .when(new DraftNarrative(ID, "kupu", 2023, NarrativeSection.PROBLEMS, "定稿"))
                .expectEvents(new NarrativeDrafted(ID, "kupu", 2023, NarrativeSection.PROBLEMS, "定稿", 2))
                .expectResultMessagePayload(2);
    }

    @Test
    void treatsTheSameTextAgainAsARetry() {
        fixture.given(new NarrativeDrafted(ID, "kupu", 2023, NarrativeSection.PROBLEMS, "初稿", 1))
                .when(new DraftNarrative(ID, "kupu", 2023, NarrativeSection.PROBLEMS, "初稿"))
                .expectNoEvents()
                .expectResultMessagePayload(1);
    }

    @Test
    void draftsTheCurrentYearsNarrative() {
        fixture.givenNoPriorActivity()
                .when(new DraftNarrative("report:kupu:2024", "kupu", 2024, NarrativeSection.OVERVIEW, "年中草稿"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesANarrativeForAnUnknownAgency() {
        fixture.givenNoPriorActivity()
                .when(new DraftNarrative("report:nobody:2023", "nobody", 2023, NarrativeSection.OVERVIEW, "x"))
                .expectException(UnknownAgency.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnEmptyText() {
        fixture.givenNoPriorActivity()
                .when(new DraftNarrative(ID, "kupu", 2023, NarrativeSection.OVERVIEW, "  "))
                .expectException(InvalidValue.class)
                .expectNoEvents();
    }

    @Test
    void refusesANarrativeOfAFutureYear() {
        fixture.givenNoPriorActivity()
                .when(new DraftNarrative("report:kupu:2025", "kupu", 2025, NarrativeSection.OVERVIEW, "x"))
                .expectException(ReportYearOutOfRange.class)
                .expectNoEvents();
    }

    @Test
    void refusesANarrativeBeforeTheRevisedRegulation() {
        fixture.givenNoPriorActivity()
                .when(new DraftNarrative("report:kupu:2018", "kupu", 2018, NarrativeSection.OVERVIEW, "x"))
                .expectException(ReportYearOutOfRange.class);
    }

    @Test
    void refusesACommandFiledUnderAnotherReportsKey() {
        fixture.givenNoPriorActivity()
                .when(new DraftNarrative(ID, "toli", 2023, NarrativeSection.OVERVIEW, "x"))
                .expectException(InvalidValue.class);
    }

    @Test
    void publishesAClosedYearAsVersionOne() {
        fixture.given(new NarrativeDrafted(ID, "kupu", 2023, NarrativeSection.PROBLEMS, "初稿", 1))
                .when(new PublishReport(ID, "kupu", 2023, null, SNAPSHOT))
                .expectEvents(FIRST)
                .expectResultMessagePayload(1);
    }

    @Test
    void publishesWithoutAnyNarrative() {
        fixture.givenNoPriorActivity()
                .when(new PublishReport(ID, "kupu", 2023, "  ", SNAPSHOT))
                .expectEvents(FIRST);
    }

    @Test
    void refusesToPublishTheCurrentYear() {
        fixture.givenNoPriorActivity()
                .when(new PublishReport("report:kupu:2024", "kupu", 2024, null, SNAPSHOT))
                .expectException(ReportYearNotClosed.class)
                .expectNoEvents();
    }

    @Test
    void refusesToPublishAFutureYear() {
        fixture.givenNoPriorActivity()
                .when(new PublishReport("report:kupu:2026", "kupu", 2026, null, SNAPSHOT))
                .expectException(ReportYearNotClosed.class);
    }

    @Test
    void refusesToPublishForAnUnknownAgency() {
        fixture.givenNoPriorActivity()
                .when(new PublishReport("report:nobody:2023", "nobody", 2023, null, SNAPSHOT))
                .expectException(UnknownAgency.class);
    }

    @Test
    void refusesAPublicationWithoutASnapshot() {
        fixture.givenNoPriorActivity()
                .when(new PublishReport(ID, "kupu", 2023, null, null))
                .expectException(InvalidValue.class)
                .expectNoEvents();
    }

    @Test
    void amendsWithAReasonAsTheNextVersion() {
        String amended = "{\"agencyId\":\"kupu\",\"year\":2023,\"late\":1}";
        fixture.given(FIRST)
                .when(new PublishReport(ID, "kupu", 2023, " 补录一件答复 ", amended))
                .expectEvents(new ReportPublished(ID, "kupu", 2023, 2, "补录一件答复", amended, TODAY))
                .expectResultMessagePayload(2);
    }

    @Test
    void refusesAnAmendmentWithoutAReason() {
        fixture.given(FIRST)
                .when(new PublishReport(ID, "kupu", 2023, null, "{\"changed\":true}"))
                .expectException(AmendmentNeedsReason.class)
                .expectNoEvents();
    }

    @Test
    void answersARetriedPublicationWithItsVersionAndRecordsNothing() {
        fixture.given(FIRST)
                .when(new PublishReport(ID, "kupu", 2023, null, SNAPSHOT))
                .expectNoEvents()
                .expectResultMessagePayload(1);
    }

    @Test
    void numbersAmendmentsOneByOne() {
        fixture.given(FIRST, new ReportPublished(ID, "kupu", 2023, 2, "更正", "{\"v\":2}", TODAY))
                .when(new PublishReport(ID, "kupu", 2023, "再次更正", "{\"v\":3}"))
                .expectEvents(new ReportPublished(ID, "kupu", 2023, 3, "再次更正", "{\"v\":3}", TODAY));
    }
}
