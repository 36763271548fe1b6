package org.gongkai.query.document;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A strict RFC 4180 reader for the tests: fails on a stray quote instead of guessing. */
final class Csv {

    private Csv() {}

    static List<List<String>> parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.startsWith("\uFEFF")) {
            throw new AssertionError("no byte-order mark");
        }
        List<List<String>> lines = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                if (field.length() > 0) {
                    throw new AssertionError("quote inside an unquoted field at " + i);
                }
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                lines.add(fields);
                fields = new ArrayList<>();
                i++;
            } else if (c == '\n' || c == '\r') {
                throw new AssertionError("bare line break at " + i);
            } else {
                field.append(c);
            }
        }
        if (quoted || field.length() > 0 || !fields.isEmpty()) {
            throw new AssertionError("unterminated last line");
        }
        return lines;
    }

    static List<List<String>> rows(List<List<String>> lines, String table) {
        return lines.stream()
                .filter(l -> l.size() > 2 && l.get(0).equals(table) && !l.get(2).isEmpty())
                .toList();
    }

    static List<String> row(List<List<String>> lines, String table, String code) {
        return rows(lines, table).stream()
                .filter(l -> l.get(2).equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + table + "/" + code + " in " + lines));
    }

    static List<String> values(List<String> line) {
        return line.subList(4, line.size());
    }

    static List<String> of(String... values) {
        return Arrays.asList(values);
    }
}
