package org.gongkai.events.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The worked examples of DOMAIN.md §8 and of issue 16. */
class ProcessingFeeScheduleTest {

    @ParameterizedTest(name = "{0} pages cost {1} yuan")
    @CsvSource({
        "119, 1080.00",
        "109, 880.00",
        "57, 270.00",
        "250, 4700.00",
        "30, 0.00",
        "31, 10.00",
        "1, 0.00",
        "100, 700.00",
        "101, 720.00",
        "200, 2700.00",
        "201, 2740.00"
    })
    void quotesThePerPageExamples(int pages, String yuan) {
        assertThat(ProcessingFeeSchedule.perPage(pages).amountYuan()).isEqualTo(new BigDecimal(yuan));
    }

    @ParameterizedTest(name = "application no. {0} of the month costs {1} yuan")
    @CsvSource({
        "1, 0.00",
        "10, 0.00",
        "11, 100.00",
        "30, 100.00",
        "31, 200.00",
        "35, 200.00",
        "40, 200.00",
        "41, 300.00",
        "51, 400.00"
    })
    void quotesThePerApplicationExamples(int nth, String yuan) {
        assertThat(ProcessingFeeSchedule.perApplication(nth).amountYuan()).isEqualTo(new BigDecimal(yuan));
    }

    @org.junit.jupiter.api.Test
    void explainsTwoHundredAndFiftyPagesBandByBand() {
        FeeQuote quote = ProcessingFeeSchedule.perPage(250);

        assertThat(quote.lines())
                .extracting(FeeLine::from, FeeLine::to, FeeLine::units, FeeLine::yuan)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, 30, 30, new BigDecimal("0.00")),
                        org.assertj.core.groups.Tuple.tuple(31, 100, 70, new BigDecimal("700.00")),
                        org.assertj.core.groups.Tuple.tuple(101, 200, 100, new BigDecimal("2000.00")),
                        org.assertj.core.groups.Tuple.tuple(201, 250, 50, new BigDecimal("2000.00")));
        assertThat(quote.lines().get(3).text()).isEqualTo("第201至250页，共50页：每页40元，计2000.00元");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, ProcessingFeeSchedule.MAX_QUANTITY + 1})
    void refusesQuantitiesOutsideTheRange(int quantity) {
        assertThatThrownBy(() -> ProcessingFeeSchedule.perPage(quantity)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProcessingFeeSchedule.perApplication(quantity))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
