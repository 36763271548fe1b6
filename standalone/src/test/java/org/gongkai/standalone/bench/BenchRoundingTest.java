package org.gongkai.standalone.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The JSON's figures: rates to two decimals, ratios to a raw limit to four, so a small ratio never reads as 0. */
class BenchRoundingTest {

    @Test
    void keepsFourDecimalsOfARatioAndTwoOfARate() {
        assertThat(Bench.ratio(625.0 / 121_005.0)).isEqualTo(0.0052);
        assertThat(Bench.ratio(19_447.42 / 283_015.75)).isEqualTo(0.0687);
        assertThat(Bench.round(19_447.4249)).isEqualTo(19_447.42);
    }
}
