package org.gongkai.query.proactive;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/** Table 二 as CONTRACT.md §3 spells it. Fees are exact yuan, printed in 万元 without trailing zeros. */
@JsonPropertyOrder({
    "RULE",
    "NORMATIVE_DOCUMENT",
    "LICENSING",
    "PENALTY",
    "ENFORCEMENT",
    "administrativeFeesTenThousandYuan"
})
public record ProactiveTable(
        @JsonProperty("RULE") Documents rules,
        @JsonProperty("NORMATIVE_DOCUMENT") Documents normativeDocuments,
        @JsonProperty("LICENSING") long licensing,
        @JsonProperty("PENALTY") long penalty,
        @JsonProperty("ENFORCEMENT") long enforcement,
        @com.fasterxml.jackson.annotation.JsonIgnore BigDecimal administrativeFeesYuan) {

    /** 本年制发件数 · 本年废止件数 · 现行有效件数 (a stock at the end of the period, across all years). */
    public record Documents(long issued, long repealed, long inForce) {}

    @JsonProperty("administrativeFeesTenThousandYuan")
    public String administrativeFeesTenThousandYuan() {
        return tenThousandYuan(administrativeFeesYuan);
    }

    /** Exact division by 10,000 (a decimal shift, never rounding), then the shortest plain form: "9116.36", "0". */
    public static String tenThousandYuan(BigDecimal yuan) {
        BigDecimal stripped = yuan.movePointLeft(4).stripTrailingZeros();
        return stripped.signum() == 0 ? "0" : stripped.toPlainString();
    }
}
