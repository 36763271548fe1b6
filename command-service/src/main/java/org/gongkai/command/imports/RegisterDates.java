package org.gongkai.command.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as registers write it: {@code 2024-03-05}, {@code 2024/3/5}, {@code 2024.3.5}, {@code 2024年3月5日} or
 * {@code 20240305}; a time after the date (an Excel export's {@code 2024/3/5 0:00}) is ignored.
 */
final class RegisterDates {

    private static final Pattern SEPARATED = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private RegisterDates() {}

    static Optional<LocalDate> parse(String text) {
        String given = text.strip();
        Matcher date = SEPARATED.matcher(given);
        if (!date.matches()) {
            date = COMPACT.matcher(given);
            if (!date.matches()) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)), Integer.parseInt(date.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
