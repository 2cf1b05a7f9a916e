package io.throughline.platform.security;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Lets a token that cannot be checked (issuer unreachable) answer 503 rather than fail the request with a 500. */
final class FailureHandlerPostProcessor implements ObjectPostProcessor<BearerTokenAuthenticationFilter> {

    private final AuthenticationFailureHandler failures;

    FailureHandlerPostProcessor(AuthenticationFailureHandler failures) {
        this.failures = failures;
    }

    @Override
    public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
        filter.setAuthenticationFailureHandler(failures);
        return filter;
    }
}
