package org.gongkai.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Refuses, with 400 and before any routing or access rule, a request path that is not in its one canonical form:
 * an encoded character that needs no encoding ({@code %70ublication} for {@code publication}), an encoded
 * {@code /}, {@code \} or {@code %}, a {@code ;} (matrix parameters), a {@code .} or {@code ..} segment, an empty
 * segment, a control character or bytes that are not UTF-8. Access rules, the forwarder and the controllers then
 * all see the same path, so none can be steered past another by spelling a path differently. Percent-encoding
 * stays allowed where it is needed (Chinese text, spaces).
 */
public final class CanonicalPath extends HttpFilter {

    /** Characters RFC 3986 allows unencoded in a path segment, less {@code ;} (matrix parameters). */
    private static final String PLAIN =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,=:@";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isCanonical(request.getRequestURI())) {
            Problems.write(
                    response,
                    400,
                    "MalformedPath",
                    "路径格式错误：the request path must be written plainly (no needless %-encoding, ';', '.' or '..' "
                            + "segments, '//')");
            return;
        }
        chain.doFilter(request, response);
    }

    /** {@code segment} as one path segment in the canonical form: only what must be encoded is, in upper-case hex. */
    public static String encodeSegment(String segment) {
        StringBuilder encoded = new StringBuilder(segment.length());
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int value = b & 0xff;
            if (value < 0x80 && PLAIN.indexOf((char) value) >= 0) {
                encoded.append((char) value);
            } else {
                encoded.append('%').append(String.format("%02X", value));
            }
        }
        return encoded.toString();
    }

    static boolean isCanonical(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return false;
        }
        ByteArrayOutputStream decoded = new ByteArrayOutputStream(rawPath.length());
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c == '%') {
                if (i + 2 >= rawPath.length()) {
                    return false;
                }
                int value = hex(rawPath.charAt(i + 1)) * 16 + hex(rawPath.charAt(i + 2));
                if (value < 0 || !needsEncoding(value)) {
                    return false;
                }
                decoded.write(value);
                i += 2;
            } else if (c == '/' || PLAIN.indexOf(c) >= 0) {
                decoded.write(c);
            } else {
                return false;
            }
        }
        String[] segments = rawPath.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            boolean last = i == segments.length - 1;
            if (segments[i].equals(".") || segments[i].equals("..") || (segments[i].isEmpty() && !last)) {
                return false;
            }
        }
        return isUtf8(decoded.toByteArray());
    }

    /** Encoded, an ASCII character is allowed only if it could not appear plainly; never '/', '\', '%' or ';'. */
    private static boolean needsEncoding(int value) {
        if (value >= 0x80) {
            return true; // a byte of a UTF-8 sequence, checked as a whole below
        }
        char c = (char) value;
        return c >= 0x20 && c != 0x7f && PLAIN.indexOf(c) < 0 && "/\\%;".indexOf(c) < 0;
    }

    private static int hex(char c) {
        int digit = Character.digit(c, 16);
        return digit < 0 ? -1000 : digit;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
