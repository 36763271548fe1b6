package org.gongkai.query.letters;

import java.util.List;
import org.gongkai.events.agency.LetterSettingsSet;
import org.gongkai.events.letter.LetterNumberAllocated;
import org.gongkai.query.intake.EventEnvelope;
import org.gongkai.query.intake.Projection;
import org.gongkai.query.intake.ProjectionChanges;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps each agency's letter settings and every letter's number; both upserts, so a redelivery changes nothing. */
@Component
class LetterProjection implements Projection {

    private final JdbcTemplate jdbc;

    LetterProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void apply(EventEnvelope event, ProjectionChanges changes) {
        if (event.payload() instanceof LetterSettingsSet settings) {
            jdbc.update(
                    """
                    insert into agency_letter_settings (agency_id, letterhead_name, document_number_prefix,
                        office_address, office_hours, reconsideration_body, court) values (?, ?, ?, ?, ?, ?, ?)
                    on conflict (agency_id) do update set letterhead_name = excluded.letterhead_name,
                        document_number_prefix = excluded.document_number_prefix,
                        office_address = excluded.office_address, office_hours = excluded.office_hours,
                        reconsideration_body = excluded.reconsideration_body, court = excluded.court
                    """,
                    settings.agencyId(),
                    settings.letterheadName(),
                    settings.documentNumberPrefix(),
                    settings.officeAddress(),
                    settings.officeHours(),
                    settings.reconsiderationBody(),
                    settings.court());
            changes.agencyChanged(settings.agencyId());
        } else if (event.payload() instanceof LetterNumberAllocated number) {
            jdbc.update(
                    """
                    insert into letter_number (application_id, kind, agency_id, year, sequence) values (?, ?, ?, ?, ?)
                    on conflict (application_id, kind) do nothing
                    """,
                    number.applicationId(),
                    number.kind().name(),
                    number.agencyId(),
                    number.year(),
                    number.sequence());
            changes.agencyChanged(number.agencyId());
        }
    }

    @Override
    public List<String> tables() {
        return List.of("agency_letter_settings", "letter_number");
    }
}
