package org.gongkai.query.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.gongkai.security.SignedInUser;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Applies {@link ReadScope} to every endpoint by its path variables, so a new endpoint under
 * {@code /api/agencies/{agencyId}/…} or {@code /api/applications/{applicationId}} is scoped without code of its
 * own. A POST with an agency (publication, the only write this service serves itself) needs a publisher.
 */
@Configuration
class ScopeInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final ReadScope scope;

    ScopeInterceptor(ReadScope scope) {
        this.scope = scope;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        var user = SignedInUser.current();
        if (user.isEmpty()) {
            return true; // open endpoints only: everything else was refused before reaching here
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables == null) {
            return true;
        }
        String agencyId = variables.get("agencyId");
        if (agencyId != null) {
            if ("POST".equals(request.getMethod())) {
                scope.requirePublisher(user.get(), agencyId);
            } else {
                scope.requireReadable(user.get(), agencyId, "subtree".equalsIgnoreCase(request.getParameter("scope")));
            }
        }
        String applicationId = variables.get("applicationId");
        if (applicationId != null) {
            scope.requireReadableApplication(user.get(), applicationId);
        }
        return true;
    }
}
