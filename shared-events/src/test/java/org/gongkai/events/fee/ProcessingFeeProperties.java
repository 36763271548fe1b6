package org.gongkai.events.fee;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.gongkai.events.property.Seeded;
import org.junit.jupiter.api.Test;

/**
 * The fee bands of 国办函〔2020〕109号 as properties over seeded random quantities (ADR 0025): each page or
 * application costs exactly its band's rate, and a quote's lines add up to its amount.
 */
class ProcessingFeeProperties {

    private static final int TRIES = 1_000;

    /** Mostly near the band edges, where mistakes live; sometimes anywhere up to the maximum. */
    private static int quantity(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> 1 + random.nextInt(60);
            case 1 -> 90 + random.nextInt(130);
            case 2 -> 1 + random.nextInt(2_000);
            default -> 1 + random.nextInt(ProcessingFeeSchedule.MAX_QUANTITY - 1);
        };
    }

    /** The rate of one page, written independently of the schedule's band table. */
    private static long pageRate(int page) {
        if (page <= 30) return 0;
        if (page <= 100) return 10;
        if (page <= 200) return 20;
        return 40;
    }

    @Test
    void eachFurtherPageCostsItsBandsRate() {
        Seeded.forAll(TRIES, ProcessingFeeProperties::quantity, pages -> {
            if (pages < ProcessingFeeSchedule.MAX_QUANTITY) {
                BigDecimal step = ProcessingFeeSchedule.perPage(pages + 1)
                        .amountYuan()
                        .subtract(ProcessingFeeSchedule.perPage(pages).amountYuan());
                assertThat(step).isEqualByComparingTo(BigDecimal.valueOf(pageRate(pages + 1)));
            }
        });
    }

    @Test
    void aPageQuoteIsTheSumOfItsPagesRates() {
        Seeded.forAll(TRIES, r -> 1 + r.nextInt(5_000), pages -> {
            long sum = 0;
            for (int page = 1; page <= pages; page++) {
                sum += pageRate(page);
            }
            assertThat(ProcessingFeeSchedule.perPage(pages).amountYuan())
                    .isEqualTo(BigDecimal.valueOf(sum).setScale(2));
        });
    }

    @Test
    void linesCoverEveryUnitOnceAndAddUpToTheAmount() {
        Seeded.forAll(TRIES, ProcessingFeeProperties::quantity, pages -> {
            FeeQuote quote = ProcessingFeeSchedule.perPage(pages);
            int next = 1;
            BigDecimal sum = BigDecimal.ZERO;
            for (FeeLine line : quote.lines()) {
                assertThat(line.from()).isEqualTo(next);
                assertThat(line.units()).isEqualTo(line.to() - line.from() + 1);
                assertThat(line.yuan()).isEqualTo(line.unitYuan().multiply(BigDecimal.valueOf(line.units())));
                next = line.to() + 1;
                sum = sum.add(line.yuan());
            }
            assertThat(next - 1).isEqualTo(pages);
            assertThat(quote.amountYuan())
                    .isEqualTo(sum)
                    .satisfies(a -> assertThat(a.scale()).isEqualTo(2));
        });
    }

    @Test
    void tenMoreApplicationsPastThirtyCostAHundredYuanMoreEach() {
        Seeded.forAll(TRIES, ProcessingFeeProperties::quantity, nth -> {
            if (nth >= 31 && nth + 10 <= ProcessingFeeSchedule.MAX_QUANTITY) {
                assertThat(ProcessingFeeSchedule.perApplication(nth + 10)
                                .amountYuan()
                                .subtract(ProcessingFeeSchedule.perApplication(nth)
                                        .amountYuan()))
                        .isEqualByComparingTo("100");
            }
        });
    }

    @Test
    void anApplicationCostsWhatItsBandSays() {
        Seeded.forAll(TRIES, ProcessingFeeProperties::quantity, nth -> {
            long expected = nth <= 10 ? 0 : nth <= 30 ? 100 : 100L * (2 + (nth - 31) / 10);
            FeeQuote quote = ProcessingFeeSchedule.perApplication(nth);
            assertThat(quote.amountYuan())
                    .isEqualTo(BigDecimal.valueOf(expected).setScale(2));
            assertThat(quote.lines()).singleElement().satisfies(line -> {
                assertThat(line.from()).isEqualTo(nth);
                assertThat(line.yuan()).isEqualTo(quote.amountYuan());
            });
        });
    }

    @Test
    void neitherSchemeEverCostsLessForMore() {
        Seeded.forAll(TRIES, ProcessingFeeProperties::quantity, n -> {
            if (n < ProcessingFeeSchedule.MAX_QUANTITY) {
                assertThat(ProcessingFeeSchedule.perPage(n + 1).amountYuan())
                        .isGreaterThanOrEqualTo(ProcessingFeeSchedule.perPage(n).amountYuan());
                assertThat(ProcessingFeeSchedule.perApplication(n + 1).amountYuan())
                        .isGreaterThanOrEqualTo(
                                ProcessingFeeSchedule.perApplication(n).amountYuan());
            }
        });
    }
}
