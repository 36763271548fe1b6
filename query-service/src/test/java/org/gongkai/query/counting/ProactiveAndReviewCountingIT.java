package org.gongkai.query.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.events.proactive.AdministrativeFeesRecorded;
import org.gongkai.events.proactive.DecisionTallyRecorded;
import org.gongkai.events.proactive.DocumentKind;
import org.gongkai.events.proactive.RegulatoryDocumentIssued;
import org.gongkai.events.proactive.RegulatoryDocumentRepealed;
import org.gongkai.events.proactive.TallyCategory;
import org.gongkai.events.property.Seeded;
import org.gongkai.events.review.LawsuitConcluded;
import org.gongkai.events.review.LawsuitFiled;
import org.gongkai.events.review.LawsuitRoute;
import org.gongkai.events.review.ReconsiderationConcluded;
import org.gongkai.events.review.ReconsiderationFiled;
import org.gongkai.events.review.ReviewResult;
import org.gongkai.query.TestInfrastructure;
import org.gongkai.query.intake.DirectFeed;
import org.gongkai.query.intake.WireRecords;
import org.gongkai.query.proactive.ProactiveCounting;
import org.gongkai.query.proactive.ProactiveReader;
import org.gongkai.query.proactive.ProactiveTable;
import org.gongkai.query.review.ReviewCounting;
import org.gongkai.query.review.ReviewGroup;
import org.gongkai.query.review.ReviewsReader;
import org.gongkai.query.statistics.Period;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tables 二 and 四 on real PostgreSQL against their pure rules, on random histories: the events go through the batch
 * applier into the read models, and the SQL readers (the live path) and the "as of" recount from the stored facts
 * must both read every agency, the whole set, every year and quarter exactly as {@link ProactiveCounting} and
 * {@link ReviewCounting} count the history itself, and read the same after the whole history is delivered again.
 * Each try uses ids of its own; a failure prints the seed that replays it ({@code -Dproperty.seed=}).
 */
@SpringBootTest(properties = "gongkai.query.consumer.enabled=false")
class ProactiveAndReviewCountingIT {

    static final int TRIES = 15;
    static final int FIRST_YEAR = 2023;
    static final int LAST_YEAR = 2025;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestInfrastructure.database("proactive_review_counting_it", registry);
    }

    @Autowired
    DirectFeed feed;

    @Autowired
    ProactiveReader proactive;

    @Autowired
    ReviewsReader reviews;

    @Autowired
    AsOfFacts asOf;

    private final AtomicInteger tries = new AtomicInteger();

    @Test
    void theSqlReadersAndTheAsOfRecountCountAsThePureRules() {
        Seeded.forAll(TRIES, random -> History.draw(random, "pr" + tries.incrementAndGet() + "-"), history -> {
            List<WireRecords.Wire> wires = new ArrayList<>();
            for (Record event : history.events()) {
                wires.add(feed.wire().next(event));
            }
            feed.deliver(wires);
            assertReadAsThePureRules(history);

            feed.deliver(wires);
            assertReadAsThePureRules(history);
        });
    }

    private void assertReadAsThePureRules(History history) {
        ReportCounts recount = asOf.at(Instant.now().plusSeconds(3600));
        for (List<String> scope : history.scopes()) {
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                List<Period> periods = new ArrayList<>(List.of(Period.year(year)));
                for (int q = 1; q <= 4; q++) {
                    periods.add(Period.quarter(year, q));
                }
                for (Period period : periods) {
                    Set<String> agencies = Set.copyOf(scope);
                    Map<ReviewGroup, Map<String, Long>> table4 = ReviewCounting.count(history.cases(agencies), period);
                    assertThat(reviews.read(scope, period))
                            .as("四 %s %s", scope, period)
                            .isEqualTo(table4);
                    assertThat(recount.reviews(scope, period))
                            .as("四 as of %s %s", scope, period)
                            .isEqualTo(table4);
                    ProactiveTable table2 = ProactiveCounting.count(
                            history.documents(agencies), history.tallies(agencies), history.fees(agencies), period);
                    assertThat(proactive.read(scope, period))
                            .as("二 %s %s", scope, period)
                            .usingRecursiveComparison()
                            .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                            .isEqualTo(table2);
                    assertThat(recount.proactive(scope, period))
                            .as("二 as of %s %s", scope, period)
                            .usingRecursiveComparison()
                            .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                            .isEqualTo(table2);
                }
            }
        }
    }

    /** Random facts of two agencies in the order the command side would record them, and what they leave. */
    record History(
            List<String> agencies,
            List<Record> events,
            Map<String, Map.Entry<String, ReviewCounting.Case>> caseByAgency,
            Map<String, Map.Entry<String, ProactiveCounting.Document>> documentByAgency,
            List<Map.Entry<String, ProactiveCounting.Tally>> tallyList,
            List<Map.Entry<String, ProactiveCounting.Fee>> feeList) {

        List<List<String>> scopes() {
            return List.of(List.of(agencies.get(0)), List.of(agencies.get(1)), agencies);
        }

        List<ReviewCounting.Case> cases(Set<String> scope) {
            return caseByAgency.values().stream()
                    .filter(e -> scope.contains(e.getKey()))
                    .map(Map.Entry::getValue)
                    .toList();
        }

        List<ProactiveCounting.Document> documents(Set<String> scope) {
            return documentByAgency.values().stream()
                    .filter(e -> scope.contains(e.getKey()))
                    .map(Map.Entry::getValue)
                    .toList();
        }

        List<ProactiveCounting.Tally> tallies(Set<String> scope) {
            return tallyList.stream()
                    .filter(e -> scope.contains(e.getKey()))
                    .map(Map.Entry::getValue)
                    .toList();
        }

        List<ProactiveCounting.Fee> fees(Set<String> scope) {
            return feeList.stream()
                    .filter(e -> scope.contains(e.getKey()))
                    .map(Map.Entry::getValue)
                    .toList();
        }

        static History draw(SplittableRandom random, String prefix) {
            List<String> agencies = List.of(prefix + "a", prefix + "b");
            List<Record> events = new ArrayList<>();
            Map<String, Map.Entry<String, ReviewCounting.Case>> cases = new LinkedHashMap<>();
            Map<String, Map.Entry<String, ProactiveCounting.Document>> documents = new LinkedHashMap<>();
            List<Map.Entry<String, ProactiveCounting.Tally>> tallies = new ArrayList<>();
            List<Map.Entry<String, ProactiveCounting.Fee>> fees = new ArrayList<>();
            List<Record> later = new ArrayList<>();
            int items = random.nextInt(5, 30);
            for (int i = 0; i < items; i++) {
                String agency = agencies.get(random.nextInt(agencies.size()));
                String id = prefix + i;
                LocalDate on = date(random);
                switch (random.nextInt(5)) {
                    case 0, 1 -> {
                        ReviewGroup group = ReviewGroup.values()[random.nextInt(ReviewGroup.values().length)];
                        events.add(
                                group == ReviewGroup.RECONSIDERATION
                                        ? new ReconsiderationFiled(id, agency, null, on)
                                        : new LawsuitFiled(
                                                id,
                                                agency,
                                                null,
                                                group == ReviewGroup.LITIGATION_DIRECT
                                                        ? LawsuitRoute.DIRECT
                                                        : LawsuitRoute.AFTER_RECONSIDERATION,
                                                null,
                                                on));
                        ReviewResult result = null;
                        LocalDate concludedOn = null;
                        if (random.nextBoolean()) {
                            result = ReviewResult.values()[random.nextInt(ReviewResult.values().length)];
                            concludedOn = on.plusDays(random.nextInt(0, 400));
                            later.add(
                                    group == ReviewGroup.RECONSIDERATION
                                            ? new ReconsiderationConcluded(id, result, concludedOn)
                                            : new LawsuitConcluded(id, result, concludedOn));
                        }
                        cases.put(id, Map.entry(agency, new ReviewCounting.Case(group, on, result, concludedOn)));
                    }
                    case 2 -> {
                        DocumentKind kind = DocumentKind.values()[random.nextInt(DocumentKind.values().length)];
                        events.add(new RegulatoryDocumentIssued(id, agency, kind, "文件" + i, "第" + i + "号", on));
                        LocalDate repealedOn = null;
                        if (random.nextBoolean()) {
                            repealedOn = on.plusDays(random.nextInt(0, 500));
                            later.add(new RegulatoryDocumentRepealed(id, agency, repealedOn));
                        }
                        documents.put(id, Map.entry(agency, new ProactiveCounting.Document(kind, on, repealedOn)));
                    }
                    case 3 -> {
                        TallyCategory category = TallyCategory.values()[random.nextInt(TallyCategory.values().length)];
                        LocalDate start = on.withDayOfMonth(1);
                        long count = random.nextLong(0, 1000);
                        events.add(new DecisionTallyRecorded(id, agency, category, start, start.plusDays(20), count));
                        tallies.add(Map.entry(agency, new ProactiveCounting.Tally(category, start, count)));
                    }
                    default -> {
                        LocalDate start = on.withDayOfMonth(1);
                        BigDecimal yuan = BigDecimal.valueOf(random.nextLong(0, 10_000_000), 2);
                        events.add(new AdministrativeFeesRecorded(id, agency, start, start.plusDays(20), yuan));
                        fees.add(Map.entry(agency, new ProactiveCounting.Fee(start, yuan)));
                    }
                }
            }
            events.addAll(later);
            return new History(agencies, List.copyOf(events), cases, documents, tallies, fees);
        }

        private static LocalDate date(SplittableRandom random) {
            return LocalDate.of(FIRST_YEAR, 1, 1).plusDays(random.nextInt(0, 365 * (LAST_YEAR - FIRST_YEAR + 1)));
        }
    }
}
