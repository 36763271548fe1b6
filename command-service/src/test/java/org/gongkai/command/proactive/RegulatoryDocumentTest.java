package org.gongkai.command.proactive;

import java.time.LocalDate;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gongkai.command.TestResources;
import org.gongkai.command.rejection.BusinessDateInFuture;
import org.gongkai.command.rejection.UnknownId;
import org.gongkai.events.proactive.DocumentKind;
import org.gongkai.events.proactive.RegulatoryDocumentIssued;
import org.gongkai.events.proactive.RegulatoryDocumentRepealed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegulatoryDocumentTest {

    private static final RegulatoryDocumentIssued ISSUED = new RegulatoryDocumentIssued(
            "d1", "county", DocumentKind.NORMATIVE_DOCUMENT, "托里县村规民约管理办法", "托政发〔2016〕3号", LocalDate.of(2016, 3, 1));
    private FixtureConfiguration<RegulatoryDocument> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RegulatoryDocument.class);
        TestResources.register(fixture, Map.of("county", "province"));
    }

    @Test
    void issuesADocument() {
        fixture.givenNoPriorActivity()
                .when(new IssueRegulatoryDocument(
                        "d1",
                        "county",
                        DocumentKind.NORMATIVE_DOCUMENT,
                        "托里县村规民约管理办法",
                        "托政发〔2016〕3号",
                        LocalDate.of(2016, 3, 1)))
                .expectEvents(ISSUED);
    }

    @Test
    void rejectsAnIssueDateInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(new IssueRegulatoryDocument(
                        "d1", "county", DocumentKind.RULE, "规章", null, TestResources.TODAY.plusDays(1)))
                .expectException(BusinessDateInFuture.class);
    }

    @Test
    void repealsADocumentIssuedYearsAgo() {
        fixture.given(ISSUED)
                .when(new RepealRegulatoryDocument("d1", "county", LocalDate.of(2024, 6, 1)))
                .expectEvents(new RegulatoryDocumentRepealed("d1", "county", LocalDate.of(2024, 6, 1)));
    }

    @Test
    void repealsOnce() {
        fixture.given(ISSUED, new RegulatoryDocumentRepealed("d1", "county", LocalDate.of(2024, 6, 1)))
                .when(new RepealRegulatoryDocument("d1", "county", LocalDate.of(2024, 7, 1)))
                .expectException(DocumentAlreadyRepealed.class);
    }

    @Test
    void rejectsARepealBeforeTheIssue() {
        fixture.given(ISSUED)
                .when(new RepealRegulatoryDocument("d1", "county", LocalDate.of(2015, 1, 1)))
                .expectException(RepealBeforeIssue.class);
    }

    @Test
    void doesNotRepealAnotherAgencysDocument() {
        fixture.given(ISSUED)
                .when(new RepealRegulatoryDocument("d1", "township", LocalDate.of(2024, 6, 1)))
                .expectException(UnknownId.class);
    }
}
