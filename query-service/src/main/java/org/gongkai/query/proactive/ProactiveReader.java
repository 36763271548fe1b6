package org.gongkai.query.proactive;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.gongkai.events.proactive.DocumentKind;
import org.gongkai.events.proactive.TallyCategory;
import org.gongkai.query.statistics.Period;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Table 二 for a period. Documents issued and repealed count by their dates; 现行有效 is the stock in force at the
 * end of the period, whenever issued. Tallies and fee records cover a period inside one quarter and count in the
 * period that contains their start.
 */
@Component
public class ProactiveReader {

    private final JdbcTemplate jdbc;

    ProactiveReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public ProactiveTable read(Collection<String> agencyIds, Period period) {
        String[] ids = agencyIds.toArray(String[]::new);
        Map<DocumentKind, ProactiveTable.Documents> documents = new EnumMap<>(DocumentKind.class);
        jdbc.query(
                """
                select kind,
                       count(*) filter (where issued_on between ? and ?),
                       count(*) filter (where repealed_on between ? and ?),
                       count(*) filter (where issued_on <= ? and (repealed_on is null or repealed_on > ?))
                from regulatory_document where agency_id = any(?) group by kind
                """,
                rs -> {
                    documents.put(
                            DocumentKind.valueOf(rs.getString(1)),
                            new ProactiveTable.Documents(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                },
                period.start(),
                period.end(),
                period.start(),
                period.end(),
                period.end(),
                period.end(),
                ids);
        Map<TallyCategory, Long> tallies = new EnumMap<>(TallyCategory.class);
        jdbc.query(
                """
                select category, sum(count) from decision_tally
                where agency_id = any(?) and period_start between ? and ? group by category
                """,
                rs -> {
                    tallies.put(TallyCategory.valueOf(rs.getString(1)), rs.getLong(2));
                },
                ids,
                period.start(),
                period.end());
        BigDecimal fees = jdbc.queryForObject("""
                select coalesce(sum(amount_yuan), 0) from administrative_fee
                where agency_id = any(?) and period_start between ? and ?
                """, BigDecimal.class, ids, period.start(), period.end());
        ProactiveTable.Documents none = new ProactiveTable.Documents(0, 0, 0);
        return new ProactiveTable(
                documents.getOrDefault(DocumentKind.RULE, none),
                documents.getOrDefault(DocumentKind.NORMATIVE_DOCUMENT, none),
                tallies.getOrDefault(TallyCategory.LICENSING, 0L),
                tallies.getOrDefault(TallyCategory.PENALTY, 0L),
                tallies.getOrDefault(TallyCategory.ENFORCEMENT, 0L),
                fees);
    }
}
