package org.gongkai.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a fact may carry, declared once for both services (ADR 0017): the command side refuses a value outside
 * these limits before anything is stored, and every read column that stores an input is at least as wide (a
 * query-side test reads the schema). So every accepted fact can be projected: a value the read database cannot
 * hold (a NUL, year 0, a number wider than its column) never reaches the event store.
 *
 * <p>Lengths count Unicode code points, as PostgreSQL's {@code varchar(n)} does.
 */
public final class InputLimits {

    /** Longest client-chosen id (a UUID has 36 characters). */
    public static final int ID_MAX_LENGTH = 64;

    /**
     * Client-chosen ids: ASCII letters and digits, then also {@code . _ -}. No {@code :} (the service's own stream
     * keys {@code report:…}, {@code statistics:…}, {@code user:…} use it, so a client id can never name one), no
     * {@code /}, space, quote or percent (ids are path segments), and a letter or digit first (so never {@code .}
     * or {@code ..}).
     */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0," + (ID_MAX_LENGTH - 1) + "}");

    /** Longest user name (its grammar, {@code [A-Za-z0-9._@-]}, is checked where users are registered). */
    public static final int USERNAME_MAX_LENGTH = 64;

    /** Longest stream key the service builds from an id: {@code statistics:<agencyId>:<year>:Q<n>}. */
    public static final int STREAM_KEY_MAX_LENGTH = "statistics:".length() + ID_MAX_LENGTH + ":9999:Q4".length();

    /** No business fact of this service predates 2000; earlier dates (year 0 among them) are typing errors. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);

    /** Dates that may lie ahead (a supplement deadline) lie at most this many years after today. */
    public static final int LATEST_DATE_YEARS_AHEAD = 1;

    /** Money in yuan: at most two decimals (fen) and 14 digits in all, under 1 trillion yuan. */
    public static final int YUAN_SCALE = 2;

    public static final int YUAN_PRECISION = 14;
    public static final BigDecimal MAX_YUAN = new BigDecimal("999999999999.99");

    /** Largest single count of a tally: sums of billions of them still fit a {@code bigint}. */
    public static final long MAX_COUNT = 1_000_000_000L;

    /** Text fields by kind. A single-line text may hold no control character; a multi-line one newline and tab. */
    public enum Text {
        NAME(200, false),
        TITLE(500, false),
        DOCUMENT_NUMBER(100, false),
        SUBJECT(1_000, true),
        REASON(2_000, true),
        NARRATIVE(20_000, true),
        /**
         * The frozen report JSON the query side computes: three narratives of at most 20,000 characters (40,000
         * once newlines are escaped) and the tables fit several times over. At most 4 bytes a code point, it
         * keeps the largest event near 1 MB, which the broker's message size must exceed.
         */
        SNAPSHOT(250_000, true);

        private final int maxLength;
        private final boolean multiLine;

        Text(int maxLength, boolean multiLine) {
            this.maxLength = maxLength;
            this.multiLine = multiLine;
        }

        public int maxLength() {
            return maxLength;
        }

        public boolean multiLine() {
            return multiLine;
        }
    }

    /** The broken limit, as named in a problem answer's {@code rule}. */
    public enum Rule {
        ID_GRAMMAR("IdGrammar"),
        TEXT_TOO_LONG("TextTooLong"),
        CONTROL_CHARACTER("ControlCharacter"),
        DATE_OUT_OF_RANGE("DateOutOfRange"),
        AMOUNT_OUT_OF_RANGE("AmountOutOfRange"),
        COUNT_OUT_OF_RANGE("CountOutOfRange"),
        NOT_A_WHOLE_NUMBER("NotAWholeNumber");

        private final String ruleName;

        Rule(String ruleName) {
            this.ruleName = ruleName;
        }

        public String ruleName() {
            return ruleName;
        }
    }

    /** A broken limit with a Chinese and an English explanation (the field is added by whoever answers). */
    public record Violation(Rule rule, String chinese, String english) {}

    private InputLimits() {}

    public static Optional<Violation> id(String value) {
        if (value != null && ID.matcher(value).matches()) {
            return Optional.empty();
        }
        return violation(
                Rule.ID_GRAMMAR,
                "编号格式错误（1至" + ID_MAX_LENGTH + "位字母、数字或 . _ -，以字母或数字开头）",
                "must be 1–" + ID_MAX_LENGTH
                        + " ASCII letters, digits, '.', '_' or '-', starting with a letter or digit");
    }

    public static Optional<Violation> text(Text kind, String value) {
        int length = value.codePointCount(0, value.length());
        if (length > kind.maxLength()) {
            return violation(
                    Rule.TEXT_TOO_LONG,
                    "文字过长（最多" + kind.maxLength() + "字）",
                    "has " + length + " characters, at most " + kind.maxLength() + " are allowed");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c)
                        && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1));
                if (!paired) {
                    return controlCharacter(i, "a lone surrogate");
                }
                i++;
            } else if (Character.isISOControl(c) && !(kind.multiLine() && (c == '\n' || c == '\t' || c == '\r'))) {
                return controlCharacter(i, String.format("U+%04X", (int) c));
            }
        }
        return Optional.empty();
    }

    /** A business date from {@link #EARLIEST_DATE} up to {@code latest} (today, or a year ahead where that makes sense). */
    public static Optional<Violation> date(LocalDate value, LocalDate latest) {
        if (!value.isBefore(EARLIEST_DATE) && !value.isAfter(latest)) {
            return Optional.empty();
        }
        return violation(
                Rule.DATE_OUT_OF_RANGE,
                "日期超出范围（" + EARLIEST_DATE + "至" + latest + "）",
                value + " is not between " + EARLIEST_DATE + " and " + latest);
    }

    /** The latest date a date that may lie ahead can carry, {@code today} being today's business date. */
    public static LocalDate latestDate(LocalDate today) {
        return today.plusYears(LATEST_DATE_YEARS_AHEAD);
    }

    /** An amount of yuan: not negative, at most two decimals, at most {@link #MAX_YUAN}. */
    public static Optional<Violation> yuan(BigDecimal value) {
        if (value.signum() >= 0 && value.stripTrailingZeros().scale() <= YUAN_SCALE && value.compareTo(MAX_YUAN) <= 0) {
            return Optional.empty();
        }
        return violation(
                Rule.AMOUNT_OUT_OF_RANGE,
                "金额超出范围（0至" + MAX_YUAN.toPlainString() + "元，最多两位小数）",
                value.toPlainString() + " is not between 0 and " + MAX_YUAN.toPlainString()
                        + " with at most two decimals");
    }

    public static Optional<Violation> count(long value) {
        if (value >= 0 && value <= MAX_COUNT) {
            return Optional.empty();
        }
        return violation(
                Rule.COUNT_OUT_OF_RANGE, "数量超出范围（0至" + MAX_COUNT + "）", value + " is not between 0 and " + MAX_COUNT);
    }

    private static Optional<Violation> controlCharacter(int index, String what) {
        return violation(
                Rule.CONTROL_CHARACTER,
                "含有不允许的控制字符",
                "contains " + what + " at position " + index + " (no control characters except newline and tab in"
                        + " long text)");
    }

    private static Optional<Violation> violation(Rule rule, String chinese, String english) {
        return Optional.of(new Violation(rule, chinese, english));
    }
}
