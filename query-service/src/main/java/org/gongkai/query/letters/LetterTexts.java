package org.gongkai.query.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.events.application.Outcome;

/**
 * The wording of every letter, read from {@code letters/answers.properties} and {@code letters/notices.properties}
 * so that the texts and their citations are reviewed as texts, not as code. A missing text is a start-up error,
 * never a letter with a hole in it.
 */
final class LetterTexts {

    /** Which remedy sentence an answer ends with (ADR 0029). */
    enum Remedy {
        GENERAL,
        REFUSAL,
        PARTIAL
    }

    /** One outcome's answer: its citation of the 条例 (empty where the statute has none), remedy and paragraph. */
    record Answer(String article, Remedy remedy, String text) {}

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final Properties answers;
    private final Properties notices;

    private LetterTexts(Properties answers, Properties notices) {
        this.answers = answers;
        this.notices = notices;
    }

    static LetterTexts load() {
        LetterTexts texts = new LetterTexts(read("letters/answers.properties"), read("letters/notices.properties"));
        for (Outcome outcome : Outcome.values()) {
            texts.answer(outcome); // fails now if an outcome has no text
        }
        return texts;
    }

    Answer answer(Outcome outcome) {
        return new Answer(
                required(answers, outcome.name() + ".article", true),
                Remedy.valueOf(required(answers, outcome.name() + ".remedy", false)),
                required(answers, outcome.name() + ".text", false));
    }

    String notice(String key) {
        return required(notices, key, false);
    }

    /** Replaces every {name} with its value; a placeholder without a value is a programming error. */
    static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for {" + m.group(1) + "} in: " + template);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    private static String required(Properties texts, String key, boolean mayBeEmpty) {
        String value = texts.getProperty(key);
        if (value == null || (!mayBeEmpty && value.isBlank())) {
            throw new IllegalStateException("letter text " + key + " is missing");
        }
        return value.strip();
    }

    private static Properties read(String resource) {
        try (InputStream in = LetterTexts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
