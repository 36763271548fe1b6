package org.gongkai.query.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One language at a time (issue 20 item 6), checked without a browser: every refusal the query service can answer
 * has its words in the UI's table in Chinese and in English (the problem's {@code messageKey}, ADR 0047), and no
 * screen shows a Chinese text that is not in a translation table, so switching to English leaves none behind.
 */
class UiLanguagesTest {

    static final Path JS = UiTextsTest.JS;

    /** Where the query service (and the shared modules it serves problems from) name a rule. */
    static final List<Path> SERVER_SOURCES = List.of(
            Path.of("src/main/java"),
            Path.of("../shared-security/src/main/java"),
            Path.of("../shared-web/src/main/java"));

    private static final List<Pattern> RULE_NAMES = Stream.of(
                    "Problems\\.type\\(\\s*\"(\\w+)\"",
                    "\"rule\",\\s*\"(\\w+)\"",
                    "RULE\\s*=\\s*\"(\\w+)\"",
                    "String rule = [^;]*\\?\\s*\"(\\w+)\"",
                    "String rule = [^;]*:\\s*\"(\\w+)\";",
                    "Problems\\.write\\(\\s*\\w+,\\s*\\d+,\\s*\"(\\w+)\"",
                    "outOfScope\\(\\s*\"(\\w+)\"",
                    "LetterNotCalledFor\\(\\s*\"(\\w+)\"",
                    "problem\\(\\s*HttpStatus\\.\\w+,\\s*\"(\\w+)\"",
                    "invalid\\(\\s*\"\\w+\",\\s*\"(\\w+)\"")
            .map(Pattern::compile)
            .toList();

    private static final Pattern MESSAGE_KEY = Pattern.compile("\"problem\\.(\\w+)\"");

    /** What {@code ProblemMessageKeys} answers when Spring refused by itself, with no rule of ours. */
    private static final List<Integer> STATUSES = List.of(400, 401, 403, 404, 405, 406, 409, 413, 415, 429, 500, 503);

    /**
     * Statutory forms printed in Chinese in either language, as the national format has them (the tables of the
     * annual report, ADR 0047); their English names are the code labels of {@code codesEn}.
     */
    private static final Set<String> OFFICIAL_FORMS = Set.of("screens/reports.js");

    /** Translation tables: objects or arrays that hold one language's words. */
    private static final Set<String> TABLES = Set.of("zh", "en", "codesEn", "TEXT", "text", "WEEKDAYS_ZH");

    @Test
    void everyProblemTheQueryServiceAnswersHasWordsInChineseAndEnglish() {
        Set<String> rules = new TreeSet<>();
        for (Path root : SERVER_SOURCES) {
            for (Path file : files(root, ".java")) {
                String java = read(file);
                for (Pattern pattern : RULE_NAMES) {
                    Matcher m = pattern.matcher(java);
                    while (m.find()) {
                        rules.add(m.group(1));
                    }
                }
                Matcher key = MESSAGE_KEY.matcher(java);
                while (key.find()) {
                    rules.add(key.group(1));
                }
            }
        }
        STATUSES.forEach(status -> rules.add("Http" + status));

        assertThat(rules)
                .as("rules found in the sources")
                .contains("UnknownAgency", "OwnScopeOnly", "InvalidParameter", "QuarterNotBegun", "BodyTooLarge")
                .hasSizeGreaterThan(30);
        Map<String, Set<String>> table = UiTextsTest.SCREENS;
        assertThat(rules.stream()
                        .map(rule -> "problem." + rule)
                        .filter(k -> !table.get("zh").contains(k)))
                .as("problem keys not in Chinese")
                .isEmpty();
        assertThat(rules.stream()
                        .map(rule -> "problem." + rule)
                        .filter(k -> !table.get("en").contains(k)))
                .as("problem keys not in English")
                .isEmpty();
    }

    @Test
    void noScreenShowsChineseOutsideATranslationTable() {
        List<String> found = new ArrayList<>();
        for (Path file : files(JS, ".js")) {
            String name = JS.relativize(file).toString().replace('\\', '/');
            if (OFFICIAL_FORMS.contains(name)) {
                continue;
            }
            for (JsSource.Token token : outsideTables(new JsSource(read(file)).tokens)) {
                boolean text = token.kind() == JsSource.Kind.STRING || token.kind() == JsSource.Kind.TEMPLATE;
                if (text && token.text().codePoints().anyMatch(UiLanguagesTest::chinese)) {
                    found.add(name + ": " + token.text());
                }
            }
        }
        assertThat(found).as("Chinese texts outside the translation tables").isEmpty();
    }

    /** The dashboard's texts reach the screen through t(…) only: a sanity check that the scan sees its files. */
    @Test
    void theDashboardScreensAskTheTableForEveryText() {
        for (String file :
                List.of("screens/dashboard.js", "screens/dashboard-pickers.js", "screens/dashboard-charts.js")) {
            JsSource source = new JsSource(read(JS.resolve(file)));
            assertThat(source.firstArguments("t")).as(file).isNotEmpty();
        }
    }

    /** The tokens of a file without those inside {@code const <table> = {…}} or {@code = […]}. */
    static List<JsSource.Token> outsideTables(List<JsSource.Token> tokens) {
        List<JsSource.Token> outside = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            boolean table = i + 3 < tokens.size()
                    && tokens.get(i).text().equals("const")
                    && TABLES.contains(tokens.get(i + 1).text())
                    && tokens.get(i + 2).text().equals("=")
                    && (tokens.get(i + 3).is("{") || tokens.get(i + 3).is("["));
            if (!table) {
                outside.add(tokens.get(i));
                continue;
            }
            int depth = 0;
            int j = i + 3;
            do {
                JsSource.Token token = tokens.get(j);
                if (token.is("{") || token.is("[") || token.is("(")) {
                    depth++;
                } else if (token.is("}") || token.is("]") || token.is(")")) {
                    depth--;
                }
                j++;
            } while (depth > 0);
            i = j - 1;
        }
        return outside;
    }

    private static boolean chinese(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
