package io.shipshape.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}): every call takes a bearer API key. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI shipshapeOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Shipshape API").version("v1")
                        .description("Order management: capture orders from every channel, stock across locations, "
                                + "and everything after. Errors are RFC 9457 problems whose type is explained at "
                                + "/problems/{type}. POSTs that create accept an Idempotency-Key.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes("apiKey", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("An API key: Authorization: Bearer ss_...")))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"));
    }
}
