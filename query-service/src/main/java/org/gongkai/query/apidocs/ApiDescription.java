package org.gongkai.query.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The description the front door serves: its own reads and writes as springdoc finds them in the code, the
 * command service's writes merged in from that service's own description ({@link CommandSideDescription}), and
 * the problem answers every operation can give ({@link ProblemAnswers}). One customizer does all three, in that
 * order, so the problems reach the merged writes too.
 */
@Configuration
class ApiDescription {

    static final String BASIC = "basic";

    @Bean
    OpenAPI gongkaiApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Gongkai 政府信息公开统计 API")
                        .version("1")
                        .description("Reads and writes of the disclosure statistics service; the contract is "
                                + "CONTRACT.md. Sign in with HTTP Basic (API clients) or the login page (browser)."))
                // relative: the same description is right on every host and port, and the same in every build
                .servers(List.of(new Server().url("/")))
                .components(new Components()
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    @Bean
    OpenApiCustomizer wholeApi(CommandSideDescription commandSide) {
        return openApi -> {
            commandSide.mergeInto(openApi);
            ProblemAnswers.addTo(openApi);
        };
    }
}
