package org.gongkai.query.frontdoor;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request body must say what it is. A content type that names no type ({@code *}{@code /*}), cannot be parsed or
 * names a charset this JVM does not know makes Spring fail while it looks at the request (a 500), so it is refused
 * here first as {@code 415 UnsupportedContentType}, before a write is forwarded or handled by the query service
 * itself (publication, submission). Registered after the security filters: who may not write at
 * all is told so first.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class ContentTypeCheck extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Writes that take files, not JSON: a register import (ADR 0024) and a report to check; each reads its own types. */
    private static final java.util.regex.Pattern FILE_UPLOADS =
            java.util.regex.Pattern.compile("/api/agencies/[^/]+/imports/?|/api/report-checks/?");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return Set.of("GET", "HEAD", "OPTIONS").contains(request.getMethod())
                || FILE_UPLOADS.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && !usable(contentType)) {
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean usable(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                return false;
            }
            String charset = type.getParameter("charset");
            return charset == null || Charset.isSupported(charset.replace("\"", ""));
        } catch (IllegalArgumentException e) { // InvalidMediaTypeException, IllegalCharsetNameException
            return false;
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:gongkai:problem:UnsupportedContentType");
        problem.put("title", "UnsupportedContentType");
        problem.put("status", HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
        problem.put("detail", "请求内容须为 JSON：send the body as Content-Type application/json");
        problem.put("instance", request.getRequestURI());
        problem.put("rule", "UnsupportedContentType");
        response.setStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
