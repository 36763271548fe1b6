package org.gongkai.query.application;

import java.time.LocalDate;
import java.util.Collection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The fees paid within a year by a set of agencies; a fee counts in the year of payment, not of the notice. */
@Component
public class ProcessingFeeReader {

    private final JdbcTemplate jdbc;

    ProcessingFeeReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public ProcessingFees read(Collection<String> agencyIds, int year) {
        return jdbc.queryForObject(
                """
                select count(*), coalesce(sum(amount_yuan), 0) from processing_fee
                where agency_id = any(?) and paid_on between ? and ?
                """,
                (rs, n) -> new ProcessingFees(rs.getLong(1), rs.getBigDecimal(2)),
                agencyIds.toArray(String[]::new),
                LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
    }
}
