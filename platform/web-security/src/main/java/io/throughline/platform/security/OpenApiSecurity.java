package io.throughline.platform.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

/** Says in the OpenAPI document that every {@code /api/**} operation takes a bearer token and may answer 401 and 403. */
final class OpenApiSecurity implements OpenApiCustomizer {

    static final String SCHEME = "bearer";

    private final String issuer;

    OpenApiSecurity(String issuer) {
        this.issuer = issuer;
    }

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        api.getComponents()
                .addSecuritySchemes(
                        SCHEME,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .bearerFormat("JWT")
                                .description("An access token of the OpenID Connect issuer " + issuer
                                        + " (API.md, \"Identity and access\")"));
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((url, path) -> {
            if (url.startsWith("/api/")) {
                path.readOperations().forEach(operation -> {
                    operation.addSecurityItem(new SecurityRequirement().addList(SCHEME));
                    operation
                            .getResponses()
                            .putIfAbsent(
                                    "401",
                                    new ApiResponse()
                                            .description(
                                                    "No bearer token, or one refused (expired, another issuer, bad signature)"));
                    operation
                            .getResponses()
                            .putIfAbsent(
                                    "403",
                                    new ApiResponse()
                                            .description(
                                                    "Another organisation's path, or a role that may not use this endpoint"));
                });
            }
        });
    }
}
