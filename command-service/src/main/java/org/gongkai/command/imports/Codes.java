package org.gongkai.command.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A code cell: the API's code ({@code ONLINE}) or the official Chinese label ({@code 网络/在线平台}), the label also
 * without the numbering it carries in table 三 ({@code 属于国家秘密} for {@code 1.属于国家秘密}).
 */
final class Codes {

    /** "（一）", "(一)", "1.", "1．", "1、" before a table-三 label. */
    private static final Pattern NUMBERING = Pattern.compile("^(?:[（(][一二三四五六七八九十]+[)）]|[0-9]+[.．、])\\s*");

    private Codes() {}

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text, Function<E, String> label) {
        String given = text.strip();
        String bare = NUMBERING.matcher(given).replaceFirst("");
        return Arrays.stream(type.getEnumConstants())
                .filter(code -> code.name().equals(given.toUpperCase(Locale.ROOT))
                        || label.apply(code).equals(given)
                        || NUMBERING.matcher(label.apply(code)).replaceFirst("").equals(bare))
                .findFirst();
    }

    static <E extends Enum<E>> String allowed(Class<E> type, Function<E, String> label) {
        return Arrays.stream(type.getEnumConstants())
                .map(code ->
                        code.name() + " " + NUMBERING.matcher(label.apply(code)).replaceFirst(""))
                .collect(Collectors.joining("、"));
    }
}
