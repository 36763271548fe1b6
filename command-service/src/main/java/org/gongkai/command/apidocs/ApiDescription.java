package org.gongkai.command.apidocs;

import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * What springdoc cannot see in a handler's signature: every POST handler here that answers with a
 * {@code ResponseEntity} is a create and answers {@code 201 Created} (CONTRACT.md §2), not the 200 springdoc assumes.
 */
@Configuration
class ApiDescription {

    @Bean
    OperationCustomizer createdAnswers() {
        return (operation, handler) -> {
            if (handler.hasMethodAnnotation(PostMapping.class)
                    && ResponseEntity.class.isAssignableFrom(handler.getMethod().getReturnType())
                    && operation.getResponses() != null
                    && operation.getResponses().containsKey("200")) {
                ApiResponse created = operation.getResponses().remove("200");
                operation
                        .getResponses()
                        .addApiResponse("201", created.description("Created: the fact is stored in the event store"));
            }
            return operation;
        };
    }
}
