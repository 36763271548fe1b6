package org.gongkai.query.proactive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.gongkai.events.proactive.DocumentKind;
import org.gongkai.events.proactive.TallyCategory;
import org.gongkai.query.statistics.Period;

/**
 * The counting rule of table 二 as one pure function, used by the live reader (over the read model's rows) and by
 * the "as of" recount (over the facts as recorded by then). Documents issued and repealed count by their dates;
 * 现行有效 is the stock in force at the end of the period, whenever issued. Tallies and fee records cover a period
 * inside one quarter and count in the period that contains their start.
 */
public final class ProactiveCounting {

    /** A rule or normative document; {@code repealedOn} is null while it is in force. */
    public record Document(DocumentKind kind, LocalDate issuedOn, LocalDate repealedOn) {}

    /** A count of licensing, penalty or enforcement decisions over a period that starts on {@code periodStart}. */
    public record Tally(TallyCategory category, LocalDate periodStart, long count) {}

    /** Administrative fees collected over a period that starts on {@code periodStart}, in exact yuan. */
    public record Fee(LocalDate periodStart, BigDecimal amountYuan) {}

    private ProactiveCounting() {}

    public static ProactiveTable count(
            Collection<Document> documents, Collection<Tally> tallies, Collection<Fee> fees, Period period) {
        return new ProactiveTable(
                documents(documents, DocumentKind.RULE, period),
                documents(documents, DocumentKind.NORMATIVE_DOCUMENT, period),
                tallied(tallies, period).getOrDefault(TallyCategory.LICENSING, 0L),
                tallied(tallies, period).getOrDefault(TallyCategory.PENALTY, 0L),
                tallied(tallies, period).getOrDefault(TallyCategory.ENFORCEMENT, 0L),
                fees.stream()
                        .filter(fee -> period.contains(fee.periodStart()))
                        .map(Fee::amountYuan)
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static ProactiveTable.Documents documents(
            Collection<Document> documents, DocumentKind kind, Period period) {
        long issued = 0;
        long repealed = 0;
        long inForce = 0;
        for (Document d : documents) {
            if (d.kind() != kind) {
                continue;
            }
            if (period.contains(d.issuedOn())) {
                issued++;
            }
            if (d.repealedOn() != null && period.contains(d.repealedOn())) {
                repealed++;
            }
            if (!d.issuedOn().isAfter(period.end())
                    && (d.repealedOn() == null || d.repealedOn().isAfter(period.end()))) {
                inForce++;
            }
        }
        return new ProactiveTable.Documents(issued, repealed, inForce);
    }

    private static Map<TallyCategory, Long> tallied(Collection<Tally> tallies, Period period) {
        Map<TallyCategory, Long> categories = new EnumMap<>(TallyCategory.class);
        for (Tally tally : tallies) {
            if (period.contains(tally.periodStart())) {
                categories.merge(tally.category(), tally.count(), Long::sum);
            }
        }
        return categories;
    }
}
