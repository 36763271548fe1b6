package org.gongkai.query.proactive;

import java.util.List;
import org.gongkai.events.proactive.AdministrativeFeesRecorded;
import org.gongkai.events.proactive.DecisionTallyRecorded;
import org.gongkai.events.proactive.RegulatoryDocumentIssued;
import org.gongkai.events.proactive.RegulatoryDocumentRepealed;
import org.gongkai.query.intake.EventEnvelope;
import org.gongkai.query.intake.Projection;
import org.gongkai.query.intake.ProjectionChanges;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Each document, tally and fee record is stored once under its own id, so a replay cannot count it twice. */
@Component
class ProactiveProjection implements Projection {

    private final JdbcTemplate jdbc;

    private final RegulatoryDocumentRepository documents;
    private final DecisionTallyRepository tallies;
    private final AdministrativeFeeRepository fees;

    ProactiveProjection(
            RegulatoryDocumentRepository documents,
            DecisionTallyRepository tallies,
            AdministrativeFeeRepository fees,
            JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.tallies = tallies;
        this.fees = fees;
    }

    @Override
    public void apply(EventEnvelope event, ProjectionChanges changes) {
        if (event.payload() instanceof RegulatoryDocumentIssued issued) {
            if (!documents.existsById(issued.documentId())) {
                documents.save(new RegulatoryDocumentEntity(
                        issued.documentId(),
                        issued.agencyId(),
                        issued.kind().name(),
                        issued.title(),
                        issued.documentNumber(),
                        issued.issuedOn()));
            }
            changes.agencyChanged(issued.agencyId());
        } else if (event.payload() instanceof RegulatoryDocumentRepealed repealed) {
            documents.findById(repealed.documentId()).ifPresent(d -> d.repeal(repealed.repealedOn()));
            changes.agencyChanged(repealed.agencyId());
        } else if (event.payload() instanceof DecisionTallyRecorded tally) {
            if (!tallies.existsById(tally.tallyId())) {
                tallies.save(new DecisionTallyEntity(
                        tally.tallyId(),
                        tally.agencyId(),
                        tally.category().name(),
                        tally.periodStart(),
                        tally.periodEnd(),
                        tally.count()));
            }
            changes.agencyChanged(tally.agencyId());
        } else if (event.payload() instanceof AdministrativeFeesRecorded fee) {
            if (!fees.existsById(fee.feeRecordId())) {
                fees.save(new AdministrativeFeeEntity(
                        fee.feeRecordId(), fee.agencyId(), fee.periodStart(), fee.periodEnd(), fee.amountYuan()));
            }
            changes.agencyChanged(fee.agencyId());
        }
    }

    @Override
    public List<String> tables() {
        return List.of("regulatory_document", "decision_tally", "administrative_fee");
    }
}
