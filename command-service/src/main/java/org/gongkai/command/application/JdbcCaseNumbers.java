package org.gongkai.command.application;

import java.time.LocalDate;
import org.gongkai.command.agency.AgencyDirectory;
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
    private final AgencyDirectory agencies;

    JdbcCaseNumbers(JdbcTemplate jdbc, AgencyDirectory agencies) {
        this.jdbc = jdbc;
        this.agencies = agencies;
    }

    @Override
    public String next(String agencyId, LocalDate receivedOn) {
        int year = receivedOn.getYear();
        Integer number = jdbc.queryForObject(
                "INSERT INTO case_number_counter (agency_id, year, last_number) VALUES (?, ?, 1) "
                        + "ON CONFLICT (agency_id, year) DO UPDATE "
                        + "SET last_number = case_number_counter.last_number + 1 RETURNING last_number",
                Integer.class,
                agencyId,
                year);
        return CaseNumberFormat.format(agencies.nameOf(agencyId).orElse(agencyId), year, number);
    }
}
