package org.gongkai.command.application;

import java.sql.Array;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The next numbers for many receipts at once, in their order: each agency and year's counter row moves by its
     * count in one statement, so the numbers are the ones the receipts would have taken one after another. The rows
     * are taken in a fixed order (agency, year).
     */
    List<String> next(List<ReceiveApplication> receipts) {
        Map<Counter, Integer> wanted = new LinkedHashMap<>();
        for (ReceiveApplication receipt : receipts) {
            wanted.merge(new Counter(receipt.agencyId(), receipt.receivedOn().getYear()), 1, Integer::sum);
        }
        Map<Counter, Numbered> lastTaken = new HashMap<>();
        jdbc.execute((java.sql.Connection connection) -> {
            Array agencies = connection.createArrayOf(
                    "text", wanted.keySet().stream().map(Counter::agencyId).toArray());
            Array years = connection.createArrayOf(
                    "integer", wanted.keySet().stream().map(Counter::year).toArray());
            Array counts = connection.createArrayOf("integer", wanted.values().toArray());
            try (var statement = connection.prepareStatement("""
                    WITH taken AS (
                      INSERT INTO case_number_counter (agency_id, year, last_number)
                      SELECT * FROM unnest(?::text[], ?::integer[], ?::integer[]) ORDER BY 1, 2
                      ON CONFLICT (agency_id, year)
                      DO UPDATE SET last_number = case_number_counter.last_number + EXCLUDED.last_number
                      RETURNING agency_id, year, last_number)
                    SELECT taken.agency_id, taken.year, taken.last_number, agency_name.name
                    FROM taken LEFT JOIN agency_name ON agency_name.agency_id = taken.agency_id
                    """)) {
                statement.setArray(1, agencies);
                statement.setArray(2, years);
                statement.setArray(3, counts);
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        lastTaken.put(
                                new Counter(rows.getString(1), rows.getInt(2)),
                                new Numbered(rows.getInt(3), rows.getString(4)));
                    }
                }
            }
            return null;
        });
        Map<Counter, Integer> given = new HashMap<>();
        List<String> numbers = new ArrayList<>(receipts.size());
        for (ReceiveApplication receipt : receipts) {
            Counter counter =
                    new Counter(receipt.agencyId(), receipt.receivedOn().getYear());
            Numbered last = lastTaken.get(counter);
            int first = last.number() - wanted.get(counter) + 1;
            int number = first + given.merge(counter, 1, Integer::sum) - 1;
            String name = last.agencyName() != null ? last.agencyName() : receipt.agencyId();
            numbers.add(CaseNumberFormat.format(name, counter.year(), number));
        }
        return numbers;
    }

    private record Counter(String agencyId, int year) {}

    private record Numbered(int number, String agencyName) {}
}
