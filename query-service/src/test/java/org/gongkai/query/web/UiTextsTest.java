package org.gongkai.query.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The web UI's texts, read from the JavaScript itself: every translation table (i18n.js for the screens,
 * session.js for the header, screens/users.js, login.js for the sign-in page) has the same keys in Chinese and in
 * English, and every key the code asks for with a literal exists in both. A key missing in one language shows the
 * raw key (or the Chinese text) to the user; this catches it in the build instead of in the browser.
 */
class UiTextsTest {

    static final Path JS = Path.of("src/main/resources/static/js");

    /** Keys of the screens' table ({@code t(key)} of i18n.js), per language. */
    static final Map<String, Set<String>> SCREENS = screensTable();

    @Test
    void everyTableHasTheSameKeysInChineseAndEnglish() {
        Map<String, Map<String, Set<String>>> tables = new LinkedHashMap<>();
        tables.put("i18n.js", SCREENS);
        tables.put("session.js", nestedTable("session.js", "TEXT"));
        tables.put("screens/users.js", nestedTable("screens/users.js", "TEXT"));
        tables.put("login.js", nestedTable("login.js", "text"));

        tables.forEach((file, table) -> {
            assertThat(table.get("zh")).as("Chinese keys of %s", file).isNotEmpty();
            assertThat(difference(table.get("zh"), table.get("en")))
                    .as("keys of %s in Chinese only", file)
                    .isEmpty();
            assertThat(difference(table.get("en"), table.get("zh")))
                    .as("keys of %s in English only", file)
                    .isEmpty();
        });
    }

    /**
     * Keys come as the first argument of {@code t(…)} (also both branches of a {@code ?:}) or, passed around
     * before they reach {@code t}, as any dotted literal of a namespace the table has ({@code 'act.decision'},
     * {@code nav: 'nav.intake'}). A template ({@code t(`fact.${type}`)}) must at least name a namespace.
     */
    @Test
    void everyKeyTheScreensUseExistsInChineseAndEnglish() {
        Set<String> namespaces = SCREENS.get("zh").stream()
                .filter(key -> key.contains("."))
                .map(UiTextsTest::namespace)
                .collect(Collectors.toSet());
        Set<String> used = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        for (Path file : filesImporting("t", "i18n.js")) {
            JsSource source = source(file);
            for (var argument : source.firstArguments("t")) {
                for (JsSource.Token token : argument) {
                    if (token.kind() == JsSource.Kind.STRING) {
                        used.add(token.text());
                    } else if (token.kind() == JsSource.Kind.TEMPLATE) {
                        prefixes.add(token.text().split("\\$\\{")[0]);
                    }
                }
            }
            source.tokens.stream()
                    .filter(token -> token.kind() == JsSource.Kind.STRING)
                    .map(JsSource.Token::text)
                    .filter(text ->
                            text.matches("[a-z][A-Za-z]*(\\.[A-Za-z0-9]+)+") && namespaces.contains(namespace(text)))
                    .forEach(used::add);
        }

        assertThat(used).as("keys used by the screens").hasSizeGreaterThan(200);
        assertThat(difference(used, SCREENS.get("zh")))
                .as("keys used but not in Chinese")
                .isEmpty();
        assertThat(difference(used, SCREENS.get("en")))
                .as("keys used but not in English")
                .isEmpty();
        assertThat(prefixes).as("templates of keys").isNotEmpty().allSatisfy(prefix -> {
            assertThat(SCREENS.get("zh")).anyMatch(key -> key.startsWith(prefix));
            assertThat(SCREENS.get("en")).anyMatch(key -> key.startsWith(prefix));
        });
    }

    /** session.js's {@code say(key)}: the header, and the navigation entry of administrators' screens. */
    @Test
    void everyKeyOfTheHeaderExistsInChineseAndEnglish() {
        Map<String, Set<String>> table = nestedTable("session.js", "TEXT");
        Set<String> used = new TreeSet<>();
        for (Path file : Stream.concat(
                        Stream.of(JS.resolve("session.js")), filesImporting("say", "session.js").stream())
                .toList()) {
            used.addAll(literalFirstArguments(source(file), "say"));
        }
        Matcher adminNav =
                Pattern.compile("nav:\\s*'([^']+)',\\s*admin:\\s*true").matcher(read(JS.resolve("app.js")));
        while (adminNav.find()) {
            used.add(adminNav.group(1));
        }

        assertThat(used).contains("logout", "users");
        assertThat(difference(used, table.get("zh")))
                .as("header keys not in Chinese")
                .isEmpty();
        assertThat(difference(used, table.get("en")))
                .as("header keys not in English")
                .isEmpty();
    }

    /** screens/users.js has a table of its own: {@code say('…')}, and lists of keys mapped through {@code say}. */
    @Test
    void everyKeyOfTheUsersScreenExistsInChineseAndEnglish() {
        Path file = JS.resolve("screens/users.js");
        Map<String, Set<String>> table = nestedTable("screens/users.js", "TEXT");
        Set<String> used = new TreeSet<>(literalFirstArguments(source(file), "say"));
        Matcher mapped = Pattern.compile("\\[([^\\[\\]]*)\\]\\.map\\(\\((\\w+)\\) =>[^\\n]*?say\\(\\2\\)")
                .matcher(read(file));
        while (mapped.find()) {
            Matcher literal = Pattern.compile("'([^']+)'").matcher(mapped.group(1));
            while (literal.find()) {
                used.add(literal.group(1));
            }
        }
        // The role options are said from a named list of role codes.
        Matcher roles = Pattern.compile("const ROLES = \\[([^\\]]*)\\]").matcher(read(file));
        while (roles.find()) {
            Matcher literal = Pattern.compile("'([^']+)'").matcher(roles.group(1));
            while (literal.find()) {
                used.add(literal.group(1));
            }
        }

        assertThat(used).contains("title", "ADMIN", "username");
        assertThat(difference(used, table.get("zh")))
                .as("users screen keys not in Chinese")
                .isEmpty();
        assertThat(difference(used, table.get("en")))
                .as("users screen keys not in English")
                .isEmpty();
    }

    /** login.js reads its texts as {@code s.key}, and a message as {@code s[message]} from a list of keys. */
    @Test
    void everyKeyOfTheSignInPageExistsInChineseAndEnglish() {
        String login = read(JS.resolve("login.js"));
        Map<String, Set<String>> table = nestedTable("login.js", "text");
        Set<String> used = new TreeSet<>();
        Matcher property = Pattern.compile("\\bs\\.(\\w+)").matcher(login);
        while (property.find()) {
            used.add(property.group(1));
        }
        Matcher messages = Pattern.compile("const message = \\[([^\\]]*)\\]").matcher(login);
        assertThat(messages.find()).as("the list of sign-in messages").isTrue();
        Matcher literal = Pattern.compile("'([^']+)'").matcher(messages.group(1));
        while (literal.find()) {
            used.add(literal.group(1));
        }

        assertThat(used).contains("title", "locked");
        assertThat(difference(used, table.get("zh")))
                .as("sign-in keys not in Chinese")
                .isEmpty();
        assertThat(difference(used, table.get("en")))
                .as("sign-in keys not in English")
                .isEmpty();
    }

    private static Map<String, Set<String>> screensTable() {
        JsSource i18n = source(JS.resolve("i18n.js"));
        return Map.of(
                "zh",
                i18n.constObject("zh").keySet(),
                "en",
                i18n.constObject("en").keySet());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Set<String>> nestedTable(String file, String constant) {
        Map<String, Object> table = source(JS.resolve(file)).constObject(constant);
        assertThat(table).as("%s in %s", constant, file).containsOnlyKeys("zh", "en");
        return Map.of(
                "zh", ((Map<String, Object>) table.get("zh")).keySet(),
                "en", ((Map<String, Object>) table.get("en")).keySet());
    }

    private static Set<String> literalFirstArguments(JsSource source, String function) {
        Set<String> keys = new TreeSet<>();
        for (var argument : source.firstArguments(function)) {
            if (argument.size() == 1 && argument.get(0).kind() == JsSource.Kind.STRING) {
                keys.add(argument.get(0).text());
            }
        }
        return keys;
    }

    /** The JS files that import {@code name} from the module whose file name is {@code module}. */
    private static Set<Path> filesImporting(String name, String module) {
        Pattern imports =
                Pattern.compile("import \\{[^}]*\\b" + name + "\\b[^}]*\\} from '[./]*" + Pattern.quote(module) + "'");
        try (Stream<Path> files = Files.walk(JS)) {
            Set<Path> found = new TreeSet<>(files.filter(f -> f.toString().endsWith(".js"))
                    .filter(f -> imports.matcher(read(f)).find())
                    .toList());
            assertThat(found).as("files importing %s from %s", name, module).isNotEmpty();
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String namespace(String key) {
        return key.substring(0, key.indexOf('.'));
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static JsSource source(Path file) {
        return new JsSource(read(file));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
