package pl.infolinia.server.knowledge;

import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the knowledge-base API at {@code /v3/api-docs/knowledge}, generated
 * by springdoc from the controllers, so it cannot drift from the endpoints.
 */
@Configuration
class OpenApiConfiguration {

    @Bean
    GroupedOpenApi knowledgeApi() {
        return GroupedOpenApi.builder().group("knowledge").displayName("Infolinia knowledge base")
                .pathsToMatch("/api/kb/**").build();
    }
}
