package org.gongkai.query.visibility;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A write's position as the command side hands it out: {@code <globalIndex>.<sequence>.<aggregate id in
 * base64url>} (ADR 0023).
 */
record ReadPosition(long globalIndex, long sequence, String aggregateId) {

    private static final Pattern TOKEN = Pattern.compile("([0-9]{1,18})\\.([0-9]{1,18})\\.([A-Za-z0-9_-]{1,400})");

    static ReadPosition parse(String token) {
        Matcher parts = TOKEN.matcher(token);
        if (!parts.matches()) {
            throw ReadProblems.malformedPosition(token);
        }
        try {
            String aggregateId = new String(Base64.getUrlDecoder().decode(parts.group(3)), StandardCharsets.UTF_8);
            return new ReadPosition(Long.parseLong(parts.group(1)), Long.parseLong(parts.group(2)), aggregateId);
        } catch (IllegalArgumentException e) {
            throw ReadProblems.malformedPosition(token);
        }
    }
}
