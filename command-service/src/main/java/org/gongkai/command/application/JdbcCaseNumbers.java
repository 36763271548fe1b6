package org.gongkai.command.application;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Case numbers from a counter row per agency and year, incremented in the command's transaction: the row lock
 * makes two intakes of one agency take consecutive numbers, and a rollback returns the number. The name the
 * number starts with is the agency's current name in the command side's agency directory.
 */
@Component
class JdbcCaseNumbers implements CaseNumbers {

    private final JdbcTemplate jdbc;

    JdbcCaseNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String next(String agencyId, LocalDate receivedOn) {
        int year = receivedOn.getYear();
        // the agency's name comes in the same round trip: it is one of the few a new application costs (ADR 0057)
        Numbered numbered = jdbc.queryForObject(
                """
                WITH taken AS (
                  INSERT INTO case_number_counter (agency_id, year, last_number) VALUES (?, ?, 1)
                  ON CONFLICT (agency_id, year) DO UPDATE SET last_number = case_number_counter.last_number + 1
                  RETURNING last_number)
                SELECT taken.last_number, (SELECT name FROM agency_name WHERE agency_id = ?) FROM taken
                """, (rs, row) -> new Numbered(rs.getInt(1), rs.getString(2)), agencyId, year, agencyId);
        String name = numbered.agencyName() != null ? numbered.agencyName() : agencyId;
        return CaseNumberFormat.format(name, year, numbered.number());
    }

    private record Numbered(int number, String agencyName) {}
}
