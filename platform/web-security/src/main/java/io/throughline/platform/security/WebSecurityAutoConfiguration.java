package io.throughline.platform.security;

import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The services' security, one way for all three: {@code /api/**} takes bearer tokens of the configured issuer
 * (or a signed-in page's session, CSRF-checked) and passes the organisation check and the role table;
 * {@code /actuator/**} shows health to anyone and the rest to {@code platform}; everything else (the page's
 * files, {@code /v3/api-docs}) is open, and the page itself signs people in where {@code throughline.pages.enabled}.
 */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration",
            "org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration",
            "org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration"
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableConfigurationProperties(WebSecurityProperties.class)
@Import(PageSecurityConfiguration.class)
public class WebSecurityAutoConfiguration {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springdoc.core.customizers.OpenApiCustomizer")
    static class OpenApiDocument {

        @Bean
        OpenApiSecurity openApiSecurity(WebSecurityProperties properties) {
            return new OpenApiSecurity(properties.issuerUri().toString());
        }
    }

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(WebSecurityProperties properties) {
        return new IssuerJwtDecoder(properties);
    }

    @Bean
    CallerClaims callerClaims(WebSecurityProperties properties) {
        return new CallerClaims(properties.claims());
    }

    @Bean
    @ConditionalOnMissingBean
    AccessRules accessRules() {
        return AccessRules.builder().build();
    }

    @Bean
    ApiRuleCoverage apiRuleCoverage(
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings, AccessRules rules) {
        return new ApiRuleCoverage(mappings, rules);
    }

    @Bean
    WebMvcConfigurer callerArguments() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }

    @Bean
    CsrfTokenRepository throughlineCsrfTokens() {
        return new HttpSessionCsrfTokenRepository();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            WebSecurityProperties properties,
            AccessRules rules,
            CallerClaims claims,
            CsrfTokenRepository csrfTokens,
            ObjectProvider<OAuth2AuthorizedClientManager> pageClients) {
        ProblemResponses problems = new ProblemResponses(properties.issuerUri());
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().access(new ApiAccess(rules)))
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(claims))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems)
                        .withObjectPostProcessor(new FailureHandlerPostProcessor(problems)))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                // A page's session is the page's: an API request checked by token never rotates it (nor its CSRF
                // token).
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
                .requestCache(cache -> cache.disable())
                // Only a page's session-authenticated request can be forged cross-site; a bearer token cannot.
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        // nor replaces the CSRF token the page holds (CSRF's own strategy would, on every call)
                        .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy())
                        .requireCsrfProtectionMatcher(request -> !SAFE_METHODS.contains(request.getMethod())
                                && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                                && SessionTokenFilter.signedIn(request) != null))
                .headers(headers -> headers.cacheControl(cache -> cache.disable())
                        .addHeaderWriter(new StaticHeadersWriter(HttpHeaders.CACHE_CONTROL, "no-store")));
        pageClients.ifAvailable(clients -> http.addFilterAfter(new SessionTokenFilter(clients), CsrfFilter.class));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuatorSecurity(HttpSecurity http, WebSecurityProperties properties, CallerClaims claims)
            throws Exception {
        ProblemResponses problems = new ProblemResponses(properties.issuerUri());
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .anyRequest()
                        .hasRole(Role.PLATFORM.claimValue()))
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(claims))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                // A page's session is the page's: an API request checked by token never rotates it (nor its CSRF
                // token).
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(3)
    @ConditionalOnProperty(name = "throughline.pages.enabled", havingValue = "false", matchIfMissing = true)
    SecurityFilterChain openSecurity(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // A page's session is the page's: an API request checked by token never rotates it (nor its CSRF
                // token).
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
