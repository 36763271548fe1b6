package org.gongkai.command.security;

import java.lang.reflect.RecordComponent;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds text shaped like personal data in a command: a resident ID number (18 characters: 17 digits and a check
 * digit or X, with a valid birth date and a valid ISO 7064 MOD 11-2 check digit), a first-generation ID number (15
 * digits with a valid birth date), or a mainland mobile number (1, then 3–9, then 9 digits), each standing alone.
 *
 * <p>Before matching, the text is normalised the way people write numbers: full-width digits become ASCII (NFKC),
 * spaces and dashes between digits are dropped ({@code 138 1234 5678}, {@code 138-1234-5678}) and a {@code +86} or
 * {@code 0086} country prefix is set apart. A number stands alone when no letter or digit touches it, so a run of
 * digits inside a longer serial number ({@code SN2024138123456789}) is not a phone number.
 *
 * <p>A canonical UUID (8-4-4-4-12 hexadecimal digits) is always an id, never personal data: clients name their facts
 * with {@code UUID.randomUUID()}, and about one UUID in 5,000 has a last group such as {@code a13812345678}. Every
 * other text field of every command is checked, ids included: an id is stored in events and read models just like a
 * subject. See docs/security.md for the cases and the ones this check cannot know.
 */
final class PersonalData {

    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** {@code +86 138…}, {@code 0086-138…}, {@code (+86)138…}: the country prefix of a mainland number. */
    private static final Pattern COUNTRY_PREFIX = Pattern.compile("[(（]?(?:\\+|00)86[)）]?[\\s\\-‐‑–—]*(?=1[3-9])");

    /** Spaces and dashes of any kind between two digits, as people group long numbers. */
    private static final Pattern DIGIT_SEPARATORS = Pattern.compile("(?<=[0-9])[\\s\\-‐‑–—_.]+(?=[0-9])");

    private static final Pattern CANDIDATES =
            Pattern.compile("(?<![0-9A-Za-z])(?:[0-9]{17}[0-9Xx]|[0-9]{15}|1[3-9][0-9]{9})(?![0-9A-Za-z])");

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK_CHARACTERS = "10X98765432";

    /** Computed by the service itself, not typed by anyone: a hash, a snapshot of counts, derived stream keys. */
    private static final Set<String> NOT_INPUT =
            Set.of("passwordHash", "snapshot", "userId", "reportId", "statisticsId", "applicantPseudonym");

    private PersonalData() {}

    static boolean looksPersonal(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        Matcher candidates = CANDIDATES.matcher(normalise(text));
        while (candidates.find()) {
            if (isPersonal(candidates.group())) {
                return true;
            }
        }
        return false;
    }

    static String normalise(String text) {
        String withoutIds = CANONICAL_UUID.matcher(text).replaceAll(" ");
        String ascii = Normalizer.normalize(withoutIds, Normalizer.Form.NFKC);
        String prefixApart = COUNTRY_PREFIX.matcher(ascii).replaceAll(" ");
        return DIGIT_SEPARATORS.matcher(prefixApart).replaceAll("");
    }

    private static boolean isPersonal(String candidate) {
        return switch (candidate.length()) {
            case 18 -> isResidentIdNumber(candidate);
            case 15 -> isBirthDate("19" + candidate.substring(6, 12));
            default -> true; // the mobile-number shape is exact enough on its own
        };
    }

    /** GB 11643-1999: six digits of region, eight of birth date, three of sequence, one check character. */
    static boolean isResidentIdNumber(String number) {
        if (!isBirthDate(number.substring(6, 14))) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return Character.toUpperCase(number.charAt(17)) == ID_CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static boolean isBirthDate(String yyyymmdd) {
        try {
            int year = Integer.parseInt(yyyymmdd.substring(0, 4));
            LocalDate.of(year, Integer.parseInt(yyyymmdd.substring(4, 6)), Integer.parseInt(yyyymmdd.substring(6, 8)));
            return year >= 1900 && year <= 2100;
        } catch (DateTimeException | NumberFormatException e) {
            return false;
        }
    }

    /** Throws {@link PersonalDataInInput} naming the first field that carries personal data. */
    static void requireNone(Object command) {
        for (RecordComponent component : CommandFields.of(command.getClass())) {
            if (component.getType() == String.class
                    && !NOT_INPUT.contains(component.getName())
                    && looksPersonal((String) CommandFields.value(component, command))) {
                throw new PersonalDataInInput(component.getName());
            }
        }
    }
}
