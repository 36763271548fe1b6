package org.gongkai.query.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough of a JavaScript reader for the UI text check: tokens with strings and template literals read whole
 * (so a colon or a comma inside a text is never taken for syntax), comments dropped, and object literals read into
 * nested maps.
 */
final class JsSource {

    enum Kind {
        NAME,
        STRING,
        TEMPLATE,
        PUNCTUATION,
        OTHER
    }

    /** A token; a string's text is its value, a template's text is what stands between its backticks. */
    record Token(Kind kind, String text) {

        boolean is(String punctuation) {
            return kind == Kind.PUNCTUATION && text.equals(punctuation);
        }
    }

    final List<Token> tokens;

    JsSource(String source) {
        this.tokens = tokenize(source);
    }

    private static List<Token> tokenize(String s) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (s.startsWith("//", i)) {
                i = s.indexOf('\n', i) < 0 ? s.length() : s.indexOf('\n', i);
            } else if (s.startsWith("/*", i)) {
                i = s.indexOf("*/", i + 2) + 2;
            } else if (c == '\'' || c == '"') {
                StringBuilder value = new StringBuilder();
                i++;
                while (s.charAt(i) != c) {
                    if (s.charAt(i) == '\\') {
                        i++;
                    }
                    value.append(s.charAt(i++));
                }
                i++;
                tokens.add(new Token(Kind.STRING, value.toString()));
            } else if (c == '`') {
                int end = endOfTemplate(s, i + 1);
                tokens.add(new Token(Kind.TEMPLATE, s.substring(i + 1, end)));
                i = end + 1;
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < s.length() && Character.isJavaIdentifierPart(s.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Kind.NAME, s.substring(start, i)));
            } else if ("{}()[],:;.?".indexOf(c) >= 0) {
                tokens.add(new Token(Kind.PUNCTUATION, String.valueOf(c)));
                i++;
            } else {
                tokens.add(new Token(Kind.OTHER, String.valueOf(c)));
                i++;
            }
        }
        return tokens;
    }

    /** The index of the backtick closing a template literal that starts at {@code i}, past nested templates. */
    private static int endOfTemplate(String s, int i) {
        while (s.charAt(i) != '`') {
            if (s.charAt(i) == '\\') {
                i += 2;
            } else if (s.startsWith("${", i)) {
                int depth = 1;
                i += 2;
                while (depth > 0) {
                    char c = s.charAt(i);
                    if (c == '`') {
                        i = endOfTemplate(s, i + 1) + 1;
                        continue;
                    }
                    if (c == '\'' || c == '"') {
                        i++;
                        while (s.charAt(i) != c) {
                            i += s.charAt(i) == '\\' ? 2 : 1;
                        }
                    } else if (c == '{') {
                        depth++;
                    } else if (c == '}') {
                        depth--;
                    }
                    i++;
                }
            } else {
                i++;
            }
        }
        return i;
    }

    /**
     * The object literal assigned by {@code const name = {…}}, as a map from key to either a nested map (for an
     * object value) or the value's first token; empty if the file has no such constant.
     */
    Map<String, Object> constObject(String name) {
        for (int i = 0; i + 3 < tokens.size(); i++) {
            if (tokens.get(i).text().equals("const")
                    && tokens.get(i + 1).text().equals(name)
                    && tokens.get(i + 2).text().equals("=")
                    && tokens.get(i + 3).is("{")) {
                return readObject(new int[] {i + 3});
            }
        }
        return Map.of();
    }

    private Map<String, Object> readObject(int[] at) {
        Map<String, Object> object = new LinkedHashMap<>();
        at[0]++; // the opening brace
        while (!tokens.get(at[0]).is("}")) {
            String key = tokens.get(at[0]).text();
            at[0] += 2; // the key and its colon
            if (tokens.get(at[0]).is("{")) {
                object.put(key, readObject(at));
            } else {
                object.put(key, tokens.get(at[0]).text());
                skipValue(at);
            }
            if (tokens.get(at[0]).is(",")) {
                at[0]++;
            }
        }
        at[0]++; // the closing brace
        return object;
    }

    /** Moves past one value: to the next comma or closing brace outside any bracket. */
    private void skipValue(int[] at) {
        int depth = 0;
        while (depth > 0 || !(tokens.get(at[0]).is(",") || tokens.get(at[0]).is("}"))) {
            Token token = tokens.get(at[0]);
            if (token.is("(") || token.is("[") || token.is("{")) {
                depth++;
            } else if (token.is(")") || token.is("]") || token.is("}")) {
                depth--;
            }
            at[0]++;
        }
    }

    /**
     * The tokens of the first argument of every call of {@code function} (not of a method of that name): for
     * {@code t(late ? 'a' : 'b', vars)} the tokens of {@code late ? 'a' : 'b'}.
     */
    List<List<Token>> firstArguments(String function) {
        List<List<Token>> arguments = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            boolean call = tokens.get(i).kind() == Kind.NAME
                    && tokens.get(i).text().equals(function)
                    && tokens.get(i + 1).is("(")
                    && (i == 0 || !tokens.get(i - 1).is("."))
                    && (i == 0 || !tokens.get(i - 1).text().equals("function"));
            if (!call) {
                continue;
            }
            List<Token> argument = new ArrayList<>();
            int depth = 0;
            for (int j = i + 2; j < tokens.size(); j++) {
                Token token = tokens.get(j);
                if (depth == 0 && (token.is(",") || token.is(")"))) {
                    break;
                }
                if (token.is("(") || token.is("[") || token.is("{")) {
                    depth++;
                } else if (token.is(")") || token.is("]") || token.is("}")) {
                    depth--;
                }
                argument.add(token);
            }
            arguments.add(argument);
        }
        return arguments;
    }
}
