package org.gongkai.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.gongkai.events.InputLimits.Rule;
import org.gongkai.events.InputLimits.Text;
import org.gongkai.events.InputLimits.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputLimitsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @ParameterizedTest
    @ValueSource(strings = {"a", "0", "agency-1", "A_b.c-9", "6f1c2a34-1111-4aaa-8bbb-1234567890ab"})
    void acceptsIdsOfTheGrammar(String id) {
        assertThat(InputLimits.id(id)).isEmpty();
    }

    @Test
    void acceptsTheLongestId() {
        assertThat(InputLimits.id("a".repeat(InputLimits.ID_MAX_LENGTH))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", " ", "a b", "a'b", "a\"b", "a\u0000b", "a/b", "a%20b", "report:x:2024", ".", "..", "-a", "中文"
            })
    void idGrammar(String id) {
        assertThat(rule(InputLimits.id(id))).isEqualTo(Rule.ID_GRAMMAR);
    }

    @Test
    void idGrammarRefusesALoneSurrogateAndOneCharacterTooMany() {
        assertThat(rule(InputLimits.id("a\uD800"))).isEqualTo(Rule.ID_GRAMMAR);
        assertThat(rule(InputLimits.id("a".repeat(InputLimits.ID_MAX_LENGTH + 1))))
                .isEqualTo(Rule.ID_GRAMMAR);
        assertThat(rule(InputLimits.id(null))).isEqualTo(Rule.ID_GRAMMAR);
    }

    @Test
    void textTooLong() {
        assertThat(InputLimits.text(Text.NAME, "政".repeat(Text.NAME.maxLength())))
                .isEmpty();
        assertThat(rule(InputLimits.text(Text.NAME, "政".repeat(Text.NAME.maxLength() + 1))))
                .isEqualTo(Rule.TEXT_TOO_LONG);
    }

    @Test
    void textLengthCountsCodePointsAsTheDatabaseDoes() {
        String extensionB = "\uD840\uDC00"; // 𠀀, one character in two UTF-16 units
        assertThat(InputLimits.text(Text.NAME, extensionB.repeat(Text.NAME.maxLength())))
                .isEmpty();
    }

    @Test
    void controlCharacter() {
        assertThat(rule(InputLimits.text(Text.TITLE, "规定\u0000"))).isEqualTo(Rule.CONTROL_CHARACTER);
        assertThat(rule(InputLimits.text(Text.TITLE, "一行\n两行"))).isEqualTo(Rule.CONTROL_CHARACTER);
        assertThat(rule(InputLimits.text(Text.REASON, "理由\u0007"))).isEqualTo(Rule.CONTROL_CHARACTER);
        assertThat(rule(InputLimits.text(Text.REASON, "理由\u0085"))).isEqualTo(Rule.CONTROL_CHARACTER);
    }

    @Test
    void controlCharacterIncludesALoneSurrogate() {
        assertThat(rule(InputLimits.text(Text.SUBJECT, "x\uD800y"))).isEqualTo(Rule.CONTROL_CHARACTER);
        assertThat(rule(InputLimits.text(Text.SUBJECT, "x\uDC00"))).isEqualTo(Rule.CONTROL_CHARACTER);
    }

    @Test
    void longTextKeepsNewlinesAndTabs() {
        assertThat(InputLimits.text(Text.NARRATIVE, "一、总体情况\r\n\t本年度……\n")).isEmpty();
    }

    @Test
    void dateOutOfRange() {
        LocalDate latest = InputLimits.latestDate(TODAY);
        assertThat(InputLimits.date(InputLimits.EARLIEST_DATE, latest)).isEmpty();
        assertThat(InputLimits.date(TODAY.plusYears(1), latest)).isEmpty();
        assertThat(rule(InputLimits.date(LocalDate.of(0, 1, 1), latest))).isEqualTo(Rule.DATE_OUT_OF_RANGE);
        assertThat(rule(InputLimits.date(LocalDate.of(1999, 12, 31), latest))).isEqualTo(Rule.DATE_OUT_OF_RANGE);
        assertThat(rule(InputLimits.date(TODAY.plusYears(1).plusDays(1), latest)))
                .isEqualTo(Rule.DATE_OUT_OF_RANGE);
    }

    @Test
    void amountOutOfRange() {
        assertThat(InputLimits.yuan(InputLimits.MAX_YUAN)).isEmpty();
        assertThat(InputLimits.yuan(new BigDecimal("0.00"))).isEmpty();
        assertThat(InputLimits.yuan(new BigDecimal("12.50000"))).isEmpty();
        assertThat(rule(InputLimits.yuan(new BigDecimal("1000000000000.00")))).isEqualTo(Rule.AMOUNT_OUT_OF_RANGE);
        assertThat(rule(InputLimits.yuan(new BigDecimal("1000000000000000000.00"))))
                .isEqualTo(Rule.AMOUNT_OUT_OF_RANGE);
        assertThat(rule(InputLimits.yuan(new BigDecimal("-0.01")))).isEqualTo(Rule.AMOUNT_OUT_OF_RANGE);
        assertThat(rule(InputLimits.yuan(new BigDecimal("0.001")))).isEqualTo(Rule.AMOUNT_OUT_OF_RANGE);
    }

    @Test
    void theLargestAmountFitsItsDeclaredPrecision() {
        assertThat(InputLimits.MAX_YUAN.precision()).isEqualTo(InputLimits.YUAN_PRECISION);
        assertThat(InputLimits.MAX_YUAN.scale()).isEqualTo(InputLimits.YUAN_SCALE);
    }

    @Test
    void countOutOfRange() {
        assertThat(InputLimits.count(0)).isEmpty();
        assertThat(InputLimits.count(InputLimits.MAX_COUNT)).isEmpty();
        assertThat(rule(InputLimits.count(InputLimits.MAX_COUNT + 1))).isEqualTo(Rule.COUNT_OUT_OF_RANGE);
        assertThat(rule(InputLimits.count(Long.MAX_VALUE))).isEqualTo(Rule.COUNT_OUT_OF_RANGE);
        assertThat(rule(InputLimits.count(-1))).isEqualTo(Rule.COUNT_OUT_OF_RANGE);
    }

    @Test
    void theLongestStreamKeyHoldsTheLongestId() {
        String key = "statistics:" + "a".repeat(InputLimits.ID_MAX_LENGTH) + ":2026:Q4";
        assertThat(key).hasSize(InputLimits.STREAM_KEY_MAX_LENGTH);
    }

    private static Rule rule(Optional<Violation> violation) {
        assertThat(violation).isPresent();
        return violation.get().rule();
    }
}
