package org.gongkai.query.counting;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.events.EventCatalogue;
import org.gongkai.events.application.ApplicationEvent;
import org.gongkai.events.proactive.AdministrativeFeesRecorded;
import org.gongkai.events.proactive.DecisionTallyRecorded;
import org.gongkai.events.proactive.RegulatoryDocumentIssued;
import org.gongkai.events.proactive.RegulatoryDocumentRepealed;
import org.gongkai.events.review.LawsuitConcluded;
import org.gongkai.events.review.LawsuitFiled;
import org.gongkai.events.review.LawsuitRoute;
import org.gongkai.events.review.ReconsiderationConcluded;
import org.gongkai.events.review.ReconsiderationFiled;
import org.gongkai.query.application.ApplicationReplay;
import org.gongkai.query.application.ProcessingFees;
import org.gongkai.query.intake.WireFormat;
import org.gongkai.query.proactive.ProactiveCounting;
import org.gongkai.query.proactive.ProactiveTable;
import org.gongkai.query.review.ReviewCounting;
import org.gongkai.query.review.ReviewGroup;
import org.gongkai.query.statistics.Period;
import org.gongkai.query.statistics.TallyCounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The numbers "as of" a recording time: every fact of the agencies recorded at or before that moment, recounted
 * in memory with the projections' rules (DOMAIN.md §6; ARCHITECTURE.md: "as of" views use recording time). Facts
 * without a recording time count as always known. The agency tree is the one in force now.
 */
@Component
public class AsOfFacts {

    private final JdbcTemplate jdbc;
    private final ObjectMapper mapper = WireFormat.objectMapper();

    AsOfFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public ReportCounts at(Instant asOf) {
        return new Recount(Timestamp.from(asOf));
    }

    private Record decode(String type, String payload) {
        try {
            return mapper.readValue(
                    payload, EventCatalogue.byName(type).orElseThrow().javaType());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final class Recount implements ReportCounts {

        private final Timestamp asOf;
        private final Map<List<String>, ApplicationReplay> replays = new HashMap<>();

        Recount(Timestamp asOf) {
            this.asOf = asOf;
        }

        @Override
        public TallyCounts tallies(List<String> agencyIds, Period period) {
            return replay(agencyIds).counts(period);
        }

        @Override
        public ProcessingFees fees(List<String> agencyIds, int year) {
            return replay(agencyIds).fees(year);
        }

        private ApplicationReplay replay(List<String> agencyIds) {
            return replays.computeIfAbsent(List.copyOf(agencyIds), ids -> {
                ApplicationReplay replay = new ApplicationReplay();
                jdbc.query(
                        """
                        select f.event_type, f.payload from application_fact f
                        join application a on a.application_id = f.application_id
                        where a.agency_id = any(?) and (f.recorded_at is null or f.recorded_at <= ?)
                        order by f.application_id, f.sequence_no
                        """,
                        rs -> {
                            if (decode(rs.getString(1), rs.getString(2)) instanceof ApplicationEvent event) {
                                replay.apply(event);
                            }
                        },
                        ids.toArray(String[]::new),
                        asOf);
                return replay;
            });
        }

        private List<Record> facts(List<String> agencyIds) {
            List<Record> facts = new ArrayList<>();
            jdbc.query(
                    """
                    select event_type, payload from report_fact
                    where agency_id = any(?) and (recorded_at is null or recorded_at <= ?)
                    order by fact_id
                    """,
                    rs -> {
                        facts.add(decode(rs.getString(1), rs.getString(2)));
                    },
                    agencyIds.toArray(String[]::new),
                    asOf);
            return facts;
        }

        /** Table 四 by {@link ReviewCounting}, from the cases as recorded by then. */
        @Override
        public Map<ReviewGroup, Map<String, Long>> reviews(List<String> agencyIds, Period period) {
            Map<String, ReviewCounting.Case> cases = new LinkedHashMap<>();
            for (Record fact : facts(agencyIds)) {
                if (fact instanceof ReconsiderationFiled filed) {
                    cases.putIfAbsent(
                            filed.caseId(),
                            new ReviewCounting.Case(ReviewGroup.RECONSIDERATION, filed.filedOn(), null, null));
                } else if (fact instanceof LawsuitFiled filed) {
                    ReviewGroup group = filed.route() == LawsuitRoute.AFTER_RECONSIDERATION
                            ? ReviewGroup.LITIGATION_AFTER_RECONSIDERATION
                            : ReviewGroup.LITIGATION_DIRECT;
                    cases.putIfAbsent(filed.caseId(), new ReviewCounting.Case(group, filed.filedOn(), null, null));
                } else if (fact instanceof ReconsiderationConcluded concluded) {
                    cases.computeIfPresent(
                            concluded.caseId(),
                            (id, c) -> new ReviewCounting.Case(
                                    c.group(), c.filedOn(), concluded.result(), concluded.concludedOn()));
                } else if (fact instanceof LawsuitConcluded concluded) {
                    cases.computeIfPresent(
                            concluded.caseId(),
                            (id, c) -> new ReviewCounting.Case(
                                    c.group(), c.filedOn(), concluded.result(), concluded.concludedOn()));
                }
            }
            return ReviewCounting.count(cases.values(), period);
        }

        /** Table 二 by {@link ProactiveCounting}, from the facts as recorded by then. */
        @Override
        public ProactiveTable proactive(List<String> agencyIds, Period period) {
            Map<String, ProactiveCounting.Document> documents = new LinkedHashMap<>();
            Map<String, DecisionTallyRecorded> tallies = new LinkedHashMap<>();
            Map<String, AdministrativeFeesRecorded> fees = new LinkedHashMap<>();
            for (Record fact : facts(agencyIds)) {
                if (fact instanceof RegulatoryDocumentIssued issued) {
                    documents.putIfAbsent(
                            issued.documentId(),
                            new ProactiveCounting.Document(issued.kind(), issued.issuedOn(), null));
                } else if (fact instanceof RegulatoryDocumentRepealed repealed) {
                    documents.computeIfPresent(
                            repealed.documentId(),
                            (id, d) -> new ProactiveCounting.Document(d.kind(), d.issuedOn(), repealed.repealedOn()));
                } else if (fact instanceof DecisionTallyRecorded tally) {
                    tallies.putIfAbsent(tally.tallyId(), tally);
                } else if (fact instanceof AdministrativeFeesRecorded fee) {
                    fees.putIfAbsent(fee.feeRecordId(), fee);
                }
            }
            List<ProactiveCounting.Tally> counted = tallies.values().stream()
                    .map(t -> new ProactiveCounting.Tally(t.category(), t.periodStart(), t.count()))
                    .toList();
            List<ProactiveCounting.Fee> paid = fees.values().stream()
                    .map(f -> new ProactiveCounting.Fee(f.periodStart(), f.amountYuan()))
                    .toList();
            return ProactiveCounting.count(documents.values(), counted, paid, period);
        }
    }
}
