package org.gongkai.command.rejection;

import java.math.BigDecimal;

/** Value rules shared by several aggregates. */
public final class Require {

    private Require() {}

    public static void text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValue(field, "不能为空：" + field + " must not be empty");
        }
    }

    /** Money is exact: yuan, not negative, at most two decimals (fen). */
    public static void yuan(String field, BigDecimal amount) {
        if (amount == null) {
            throw new InvalidValue(field, "缺少金额：" + field + " is required");
        }
        if (amount.signum() < 0) {
            throw new InvalidValue(field, "金额不能为负：" + field + " " + amount.toPlainString() + " is negative");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidValue(
                    field, "金额最多两位小数：" + field + " " + amount.toPlainString() + " has more than two decimals");
        }
    }

    public static void notNegative(String field, long value) {
        if (value < 0) {
            throw new InvalidValue(field, "不能为负数：" + field + " " + value + " is negative");
        }
    }
}
