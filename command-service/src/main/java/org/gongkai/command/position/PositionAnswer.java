package org.gongkai.command.position;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Adds the position to every successful write's answer, as the header {@code Gongkai-Position} and as
 * {@code position} in the JSON body. The body is written after the controller returned, so after the command's
 * unit of work committed: the event row and its global index exist.
 */
@ControllerAdvice
class PositionAnswer implements ResponseBodyAdvice<Object> {

    static final String HEADER = "Gongkai-Position";

    private final WrittenEvents written;
    private final StoredPositions stored;

    PositionAnswer(WrittenEvents written, StoredPositions stored) {
        this.written = written;
        this.stored = stored;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (!(body instanceof Map<?, ?> fields)
                || !(request instanceof ServletServerHttpRequest servletRequest)
                || !(response instanceof ServletServerHttpResponse servletResponse)
                || !isSuccessfulWrite(servletRequest.getServletRequest(), servletResponse.getServletResponse())) {
            return body;
        }
        Optional<Position> position = written.last(new ServletRequestAttributes(servletRequest.getServletRequest()))
                .flatMap(stored::of)
                .or(stored::newest);
        if (position.isEmpty()) {
            return body;
        }
        String token = position.get().token();
        response.getHeaders().set(HEADER, token);
        Map<Object, Object> answer = new LinkedHashMap<>(fields);
        answer.put("position", token);
        return answer;
    }

    private static boolean isSuccessfulWrite(HttpServletRequest request, HttpServletResponse response) {
        String method = request.getMethod();
        boolean write = !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
        return write && response.getStatus() >= 200 && response.getStatus() < 300;
    }
}
