package org.gongkai.query.proactive;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.events.proactive.DocumentKind;
import org.gongkai.events.proactive.TallyCategory;
import org.gongkai.query.statistics.Period;
import org.junit.jupiter.api.Test;

class ProactiveCountingTest {

    @Test
    void countsDocumentsByTheirDatesAndTheStockInForceAtTheEndOfThePeriod() {
        var documents = List.of(
                new ProactiveCounting.Document(DocumentKind.RULE, LocalDate.of(2020, 5, 1), null),
                new ProactiveCounting.Document(DocumentKind.RULE, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 1)),
                new ProactiveCounting.Document(DocumentKind.RULE, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 4, 1)),
                new ProactiveCounting.Document(DocumentKind.NORMATIVE_DOCUMENT, LocalDate.of(2025, 4, 2), null));

        ProactiveTable table = ProactiveCounting.count(documents, List.of(), List.of(), Period.quarter(2025, 1));

        assertThat(table.rules()).isEqualTo(new ProactiveTable.Documents(2, 1, 2));
        assertThat(table.normativeDocuments()).isEqualTo(new ProactiveTable.Documents(0, 0, 0));
    }

    @Test
    void sumsTalliesAndExactFeesThatStartInsideThePeriod() {
        var tallies = List.of(
                new ProactiveCounting.Tally(TallyCategory.LICENSING, LocalDate.of(2025, 1, 1), 3),
                new ProactiveCounting.Tally(TallyCategory.LICENSING, LocalDate.of(2025, 3, 1), 4),
                new ProactiveCounting.Tally(TallyCategory.PENALTY, LocalDate.of(2025, 4, 1), 9));
        var fees = List.of(
                new ProactiveCounting.Fee(LocalDate.of(2025, 1, 1), new BigDecimal("0.10")),
                new ProactiveCounting.Fee(LocalDate.of(2025, 2, 1), new BigDecimal("0.20")),
                new ProactiveCounting.Fee(LocalDate.of(2025, 4, 1), new BigDecimal("100.00")));

        ProactiveTable table = ProactiveCounting.count(List.of(), tallies, fees, Period.quarter(2025, 1));

        assertThat(table.licensing()).isEqualTo(7);
        assertThat(table.penalty()).isZero();
        assertThat(table.administrativeFeesYuan()).isEqualByComparingTo("0.30");
    }
}
