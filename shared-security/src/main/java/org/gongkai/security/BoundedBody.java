package org.gongkai.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads every request body into memory up to {@code maxBytes} before anything else sees it, counting the bytes
 * that arrive, whatever the framing: a {@code Content-Length} above the limit and a chunked body that grows past
 * it are both a 413 problem, so no larger body ever reaches a controller, the forwarder or an event. The body is
 * then served from memory ({@link #bodyOf} gives it to whoever must hash it). Multipart uploads are left to the
 * servlet container's own multipart limits; form posts get their parameters from the buffered body.
 */
public final class BoundedBody extends HttpFilter {

    private static final String BODY = BoundedBody.class.getName() + ".body";

    private final long maxBytes;
    private final Map<Pattern, Long> largerLimits;

    public BoundedBody(long maxBytes) {
        this(maxBytes, Map.of());
    }

    /** A larger limit for the paths that take whole files (the register import, ADR 0024), the usual one elsewhere. */
    public BoundedBody(long maxBytes, Pattern largePaths, long largeMaxBytes) {
        this(maxBytes, Map.of(largePaths, largeMaxBytes));
    }

    /** Limits of their own for the paths matching each pattern (an import, a batch), the usual one elsewhere. */
    public BoundedBody(long maxBytes, Map<Pattern, Long> largerLimits) {
        this.maxBytes = maxBytes;
        this.largerLimits = Map.copyOf(largerLimits);
    }

    private long limitFor(HttpServletRequest request) {
        String path = request.getRequestURI();
        return largerLimits.entrySet().stream()
                .filter(limit -> limit.getKey().matcher(path).matches())
                .mapToLong(Map.Entry::getValue)
                .findFirst()
                .orElse(maxBytes);
    }

    /** The request's body as read by this filter (empty when it had none). */
    public static byte[] bodyOf(HttpServletRequest request) {
        return request.getAttribute(BODY) instanceof byte[] body ? body : new byte[0];
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long declared = request.getContentLengthLong();
        boolean chunked = request.getHeader("Transfer-Encoding") != null;
        long limit = limitFor(request);
        if (declared > limit) {
            tooLarge(response, limit);
            return;
        }
        String contentType = request.getContentType();
        if ((declared <= 0 && !chunked)
                || (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/"))) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), limit);
        if (body == null) {
            tooLarge(response, limit);
            return;
        }
        request.setAttribute(BODY, body);
        chain.doFilter(new Buffered(request, body), response);
    }

    /** The whole stream, or null once it exceeds {@code limit}. */
    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n; (n = in.read(buffer)) != -1; ) {
            total += n;
            if (total > limit) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static void tooLarge(HttpServletResponse response, long maxBytes) throws IOException {
        // the rest of the body is not read: the connection is not worth keeping for the next request
        response.setHeader("Connection", "close");
        Problems.write(response, 413, "BodyTooLarge", "请求内容过大：the body may have at most " + maxBytes + " bytes");
    }

    /** The request with its body served from memory. */
    private static final class Buffered extends HttpServletRequestWrapper {

        private final byte[] body;
        private Map<String, String[]> parameters;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already in memory");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            return getParameterMap().get(name);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        /** The query's parameters (the container's) and, for a form post, the buffered body's. */
        @Override
        public synchronized Map<String, String[]> getParameterMap() {
            if (parameters == null) {
                Map<String, List<String>> merged = new LinkedHashMap<>();
                super.getParameterMap()
                        .forEach((name, values) -> merged.computeIfAbsent(name, n -> new ArrayList<>())
                                .addAll(List.of(values)));
                String type = getContentType();
                if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
                    for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
                        if (pair.isEmpty()) {
                            continue;
                        }
                        int eq = pair.indexOf('=');
                        String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                        merged.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
                    }
                }
                Map<String, String[]> result = new LinkedHashMap<>();
                merged.forEach((name, values) -> result.put(name, values.toArray(String[]::new)));
                parameters = Collections.unmodifiableMap(result);
            }
            return parameters;
        }

        private static String decode(String text) {
            try {
                return URLDecoder.decode(text, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return text; // a malformed escape: kept as written, the form's handler judges the value
            }
        }
    }
}
