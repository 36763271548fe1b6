package org.gongkai.query.letters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.events.EventCatalogue;
import org.gongkai.events.application.ApplicationEvent;
import org.gongkai.events.letter.LetterKind;
import org.gongkai.query.intake.WireFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads what a letter is made of from the read models: the case's facts, the agency's settings, the numbers. */
@Component
class LetterRecords {

    /** A letter's number in its agency's series. */
    record Number(int year, int sequence) {}

    private final JdbcTemplate jdbc;
    private final ObjectMapper mapper = WireFormat.objectMapper();

    LetterRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> agencyOf(String applicationId) {
        return jdbc
                .queryForList("select agency_id from application where application_id = ?", String.class, applicationId)
                .stream()
                .findFirst();
    }

    Optional<String> agencyName(String agencyId) {
        return jdbc.queryForList("select name from agency where agency_id = ?", String.class, agencyId).stream()
                .findFirst();
    }

    /** The application's facts in stream order, as the contract's records. */
    List<ApplicationEvent> facts(String applicationId) {
        return jdbc
                .query(
                        "select event_type, payload from application_fact where application_id = ? order by sequence_no",
                        (row, i) -> event(row.getString(1), row.getString(2)),
                        applicationId)
                .stream()
                .flatMap(Optional::stream)
                .toList();
    }

    Optional<LetterSettings> settings(String agencyId) {
        return jdbc
                .query(
                        """
                        select agency_id, letterhead_name, document_number_prefix, office_address, office_hours,
                               reconsideration_body, court
                        from agency_letter_settings where agency_id = ?
                        """,
                        (row, i) -> new LetterSettings(
                                row.getString(1),
                                row.getString(2),
                                row.getString(3),
                                row.getString(4),
                                row.getString(5),
                                row.getString(6),
                                row.getString(7)),
                        agencyId)
                .stream()
                .findFirst();
    }

    Map<LetterKind, Number> numbers(String applicationId) {
        Map<LetterKind, Number> numbers = new EnumMap<>(LetterKind.class);
        jdbc.query(
                "select kind, year, sequence from letter_number where application_id = ?",
                row -> {
                    numbers.put(LetterKind.valueOf(row.getString(1)), new Number(row.getInt(2), row.getInt(3)));
                },
                applicationId);
        return numbers;
    }

    private Optional<ApplicationEvent> event(String type, String payload) {
        return EventCatalogue.byName(type)
                .filter(t -> ApplicationEvent.class.isAssignableFrom(t.javaType()))
                .map(t -> {
                    try {
                        return (ApplicationEvent) mapper.readValue(payload, t.javaType());
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException("stored fact " + type + " is not readable", e);
                    }
                });
    }
}
