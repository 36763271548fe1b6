package org.gongkai.standalone;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The odd values the fuzz test puts in place of good ones, all drawn from one seeded {@link Random}: the same seed
 * gives the same values in the same order. Texts, ids, numbers, dates, codes and JSON types, and the bytes of a body
 * in odd encodings. {@link Raw} is a JSON token written as it is ({@code 1e400}, {@code -0}).
 */
final class OddValues {

    /** A JSON token written without quotes or escaping. */
    record Raw(String token) {}

    private static final List<String> CHARACTERS = List.of(
            "\u0000",
            "\u0001",
            "\u007f",
            "\t",
            "\r\n",
            "\ud800", // a lone high surrogate
            "\udc00", // a lone low surrogate
            "\u202e", // right-to-left override
            "\u200f", // right-to-left mark
            "\u200b", // zero-width space
            "\ufeff", // byte-order mark
            "\u2028", // line separator
            "😀",
            "𠀀", // outside the basic plane
            "ＡＢＣ１２３", // full width
            "e\u0301", // combining accent
            "'",
            "\"",
            "\\",
            "<script>",
            "'; drop table x; --",
            "=cmd|' /C calc'!A0",
            "%00",
            "../",
            "托里县");

    private final Random random;

    OddValues(Random random) {
        this.random = random;
    }

    int below(int bound) {
        return random.nextInt(bound);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** A text of an odd length or with odd characters, or both. */
    String text() {
        return switch (random.nextInt(5)) {
            case 0 -> "长".repeat(pick(List.of(0, 1, 254, 255, 256, 1000, 4000, 20_000)));
            case 1 -> pick(CHARACTERS);
            case 2 -> "文件" + pick(CHARACTERS) + "名称";
            case 3 -> " ".repeat(1 + random.nextInt(3));
            default -> {
                StringBuilder text = new StringBuilder();
                int length = 1 + random.nextInt(300);
                for (int i = 0; i < length; i++) {
                    text.append(
                            random.nextInt(4) == 0
                                    ? pick(CHARACTERS)
                                    : String.valueOf((char) (0x20 + random.nextInt(0x5f))));
                }
                yield text.toString();
            }
        };
    }

    /** An id: odd characters and lengths, and canonical UUIDs that look like numbers (which are valid). */
    String id() {
        return switch (random.nextInt(6)) {
            case 0 -> "x".repeat(pick(List.of(1, 64, 255, 256, 1000)));
            case 1 -> "id" + pick(CHARACTERS) + random.nextInt(1000);
            case 2 -> digitsUuid();
            case 3 -> "a b";
            case 4 -> text();
            default -> "不存在-" + random.nextInt(1_000_000);
        };
    }

    /** A canonical UUID whose groups are all digits, or whose last group reads like a mobile number. */
    String digitsUuid() {
        StringBuilder id = new StringBuilder();
        for (int length : new int[] {8, 4, 4, 4}) {
            id.append(digits(length)).append('-');
        }
        return id.append(random.nextBoolean() ? digits(12) : "a138" + digits(8)).toString();
    }

    private String digits(int length) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < length; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    /** A number where one is expected: huge, negative, fractional, with an exponent, or as text. */
    Object number() {
        return pick(List.<Object>of(
                new Raw("0"),
                new Raw("-1"),
                new Raw("-0"),
                new Raw("1.9"),
                new Raw("0.001"),
                new Raw("1e2"),
                new Raw("1e400"),
                new Raw("-1e400"),
                new Raw("9223372036854775807"),
                new Raw("9223372036854775808"),
                new Raw("99999999999999999999999999"),
                new Raw("1" + "0".repeat(500)),
                new Raw("2147483648"),
                "12",
                "1000000000000000000.00",
                "12.345",
                "-5.00",
                "1E-1000000000",
                "1E+1000000000",
                "NaN",
                "Infinity",
                "0x10",
                "１２"));
    }

    /** A date where one is expected: outside the allowed range, impossible, or not a date. */
    Object date(int year) {
        return pick(List.<Object>of(
                "0000-01-01",
                "0001-01-01",
                "1899-12-31",
                "1999-12-31",
                "2000-01-01",
                "9999-12-31",
                "+10000-01-01",
                "-0001-01-01",
                year + "-02-30",
                year + "-13-01",
                year + "-1-5",
                year + "-03-04T10:00:00",
                "2024/03/04",
                "",
                "yesterday",
                new Raw("20240304"),
                new Raw("0"),
                (year + 2) + "-01-01"));
    }

    /** A code where one is expected: not in the list, in another case, a label, empty. */
    Object code(String good) {
        return pick(List.<Object>of(
                "PIGEON", good.toLowerCase(), " " + good, good + " ", "自然人", "", "0", new Raw("3"), good + "\u0000"));
    }

    /** A value of the wrong JSON type. */
    Object wrongType() {
        return pick(List.<Object>of(
                new Raw("42"),
                new Raw("-1.5"),
                new Raw("true"),
                new Raw("null"),
                new Raw("[]"),
                new Raw("[\"a\"]"),
                new Raw("{}"),
                new Raw("{\"a\":{\"b\":[1,2,3]}}")));
    }

    /** The body as JSON: non-ASCII characters as UTF-8, control characters and surrogates as escapes. */
    static String json(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Raw raw) {
            out.append(raw.token());
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(out, String.valueOf(entry.getKey()));
                out.append(':');
                write(out, entry.getValue());
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(out, list.get(i));
            }
            out.append(']');
        } else {
            out.append('"');
            for (char c : value.toString().toCharArray()) {
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20 || Character.isSurrogate(c) || c == 0x7f) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            out.append('"');
        }
    }

    /** Re-encodes a UTF-8 body: in another charset, with a byte-order mark, or with bytes that are no UTF-8. */
    byte[] encoded(String body, Map<String, String> headers) {
        return switch (random.nextInt(5)) {
            case 0 -> {
                headers.put("Content-Type", "application/json;charset=UTF-16");
                yield body.getBytes(StandardCharsets.UTF_16);
            }
            case 1 -> body.getBytes(StandardCharsets.UTF_16LE); // labelled UTF-8, is not
            case 2 -> ("\ufeff" + body).getBytes(StandardCharsets.UTF_8);
            case 3 -> {
                headers.put("Content-Type", "application/json;charset=GB18030");
                yield body.getBytes(Charset.forName("GB18030"));
            }
            default -> {
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                byte[] broken = new byte[bytes.length + 2];
                int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
                System.arraycopy(bytes, 0, broken, 0, at);
                broken[at] = (byte) 0xC3;
                broken[at + 1] = (byte) 0x28; // an invalid two-byte sequence
                System.arraycopy(bytes, at, broken, at + 2, bytes.length - at);
                yield broken;
            }
        };
    }

    /** A body of the right shape with its structure broken. */
    String broken(Map<String, Object> body) {
        String good = json(body);
        return switch (random.nextInt(8)) {
            case 0 -> good.substring(0, random.nextInt(Math.max(1, good.length())));
            case 1 -> good + "}";
            case 2 -> good.replaceFirst(":", "");
            case 3 -> "[" + good + "]";
            case 4 -> pick(List.of("", "null", "42", "\"text\"", "true", "[]"));
            case 5 -> "[".repeat(3000) + "]".repeat(3000);
            case 6 ->
                good.replace("{", "{\"" + body.keySet().stream().findFirst().orElse("x") + "\":null,");
            default -> good.replace("\"", "'");
        };
    }

    static Map<String, Object> copy(Map<String, Object> body) {
        return new LinkedHashMap<>(body);
    }
}
