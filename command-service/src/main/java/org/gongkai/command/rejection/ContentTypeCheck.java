package org.gongkai.command.rejection;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every write of the command service is JSON. A content type that names no type ({@code *}{@code /*}), cannot be
 * parsed, names a charset this JVM does not know or is multipart makes Spring fail while it looks at the request
 * (a 500), so anything but JSON is refused
 * here first as {@code 415 UnsupportedContentType}. Registered after the security filters: who may not write at
 * all is told so first.
 */
@Component
class ContentTypeCheck extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A register import (ADR 0024) takes a CSV or XLSX file and answers other types itself. */
    private static final java.util.regex.Pattern IMPORT =
            java.util.regex.Pattern.compile("/api/agencies/[^/]+/imports/?");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return IMPORT.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && !usable(contentType) && !batchOfLines(request, contentType)) {
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** {@code POST /api/batch} also takes its commands one JSON object per line (branch batch, ADR 0040). */
    private static boolean batchOfLines(HttpServletRequest request, String contentType) {
        if (!request.getRequestURI().equals("/api/batch")) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            String charset = type.getParameter("charset");
            return type.getType().equals("application")
                    && type.getSubtype().equals("x-ndjson")
                    && (charset == null || Charset.isSupported(charset.replace("\"", "")));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean usable(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                return false;
            }
            String charset = type.getParameter("charset");
            boolean json = MediaType.APPLICATION_JSON.isCompatibleWith(type)
                    || type.getSubtype().endsWith("+json");
            return json && (charset == null || Charset.isSupported(charset.replace("\"", "")));
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
