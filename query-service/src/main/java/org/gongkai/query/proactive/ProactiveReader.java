package org.gongkai.query.proactive;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.gongkai.events.proactive.DocumentKind;
import org.gongkai.events.proactive.TallyCategory;
import org.gongkai.query.statistics.Period;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Table 二 for a period, counted by {@link ProactiveCounting} over the read model's rows. */
@Component
public class ProactiveReader {

    private final JdbcTemplate jdbc;

    ProactiveReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public ProactiveTable read(Collection<String> agencyIds, Period period) {
        String[] ids = agencyIds.toArray(String[]::new);
        // only the rows the rule can count: documents issued by the end and not repealed before the start, and the
        // tallies and fees that start inside the period
        List<ProactiveCounting.Document> documents = jdbc.query(
                """
                select kind, issued_on, repealed_on from regulatory_document
                where agency_id = any(?) and issued_on <= ? and (repealed_on is null or repealed_on >= ?)
                """,
                (rs, row) -> new ProactiveCounting.Document(
                        DocumentKind.valueOf(rs.getString(1)),
                        rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class)),
                ids,
                period.end(),
                period.start());
        List<ProactiveCounting.Tally> tallies = jdbc.query(
                """
                select category, period_start, count from decision_tally
                where agency_id = any(?) and period_start between ? and ?
                """,
                (rs, row) -> new ProactiveCounting.Tally(
                        TallyCategory.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class), rs.getLong(3)),
                ids,
                period.start(),
                period.end());
        List<ProactiveCounting.Fee> fees = jdbc.query(
                """
                select period_start, amount_yuan from administrative_fee
                where agency_id = any(?) and period_start between ? and ?
                """,
                (rs, row) -> new ProactiveCounting.Fee(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2)),
                ids,
                period.start(),
                period.end());
        return ProactiveCounting.count(documents, tallies, fees, period);
    }
}
