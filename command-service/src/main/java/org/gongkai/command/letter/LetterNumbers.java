package org.gongkai.command.letter;

import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.gongkai.events.letter.LetterKind;
import org.gongkai.events.letter.LetterNumberAllocated;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The numbers already given, per letter, kept by the subscribing processor of the agency directory in the
 * transaction that stores them (ADR 0008). It makes a letter's number stable across the turn of a year: a retry
 * in January of a letter numbered in December finds its number here instead of opening the new year's series.
 */
@Component
@ProcessingGroup("agency-directory")
class LetterNumbers {

    /** A letter's number: the year of its series and its place in it. */
    record Number(int year, int sequence) {}

    private final JdbcTemplate jdbc;

    LetterNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(LetterNumberAllocated event) {
        jdbc.update(
                "INSERT INTO letter_number (application_id, kind, year, sequence) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (application_id, kind) DO NOTHING",
                event.applicationId(),
                event.kind().name(),
                event.year(),
                event.sequence());
    }

    Optional<Number> of(String applicationId, LetterKind kind) {
        return jdbc
                .query(
                        "SELECT year, sequence FROM letter_number WHERE application_id = ? AND kind = ?",
                        (row, i) -> new Number(row.getInt("year"), row.getInt("sequence")),
                        applicationId,
                        kind.name())
                .stream()
                .findFirst();
    }
}
