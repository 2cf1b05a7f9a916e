package io.throughline.platform.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The page at {@code /} signs people in at the issuer (authorization code with PKCE; the service is the client,
 * so the browser holds only an {@code HttpOnly} session cookie), shows them {@code GET /me}, and signs them out
 * at the issuer too ({@code POST /logout}, CSRF-checked). {@link PeerRelay} lets the page read the other services'
 * APIs with the person's rights.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "throughline.pages.enabled", havingValue = "true")
class PageSecurityConfiguration {

    static final String SIGN_IN = "/oauth2/authorization/" + IssuerClientRegistrations.ID;

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(WebSecurityProperties properties) {
        return new IssuerClientRegistrations(properties);
    }

    @Bean
    OAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    @Bean
    OAuth2AuthorizedClientManager pageClients(
            ClientRegistrationRepository registrations, OAuth2AuthorizedClientRepository authorizedClients) {
        DefaultOAuth2AuthorizedClientManager manager =
                new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken()
                .build());
        return manager;
    }

    @Bean
    PageSessionCookie pageSessionCookie(Environment environment) {
        return new PageSessionCookie(environment);
    }

    @Bean
    SignedInController signedInController(CallerClaims claims, WebSecurityProperties properties) {
        return new SignedInController(claims, properties.pages().links());
    }

    @Bean
    PeerRelay peerRelay(WebSecurityProperties properties, OAuth2AuthorizedClientManager pageClients) {
        return new PeerRelay(properties, pageClients);
    }

    @Bean
    @Order(3)
    SecurityFilterChain pageSecurity(
            HttpSecurity http,
            ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientRepository authorizedClients,
            CsrfTokenRepository csrfTokens)
            throws Exception {
        DefaultOAuth2AuthorizationRequestResolver withPkce =
                new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        OidcClientInitiatedLogoutSuccessHandler signOutAtIssuer =
                new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signOutAtIssuer.setPostLogoutRedirectUri("{baseUrl}/");
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        HttpSessionRequestCache backToThePage = new HttpSessionRequestCache();
        backToThePage.setMatchingRequestParameterName(null); // back to "/", not "/?continue"
        return http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                paths.matcher("/"), paths.matcher("/index.html"), paths.matcher("/me"))
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .oauth2Login(login -> login.loginPage(SIGN_IN)
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(withPkce))
                        .authorizedClientRepository(authorizedClients))
                .logout(logout -> logout.logoutSuccessHandler(signOutAtIssuer))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
                .requestCache(cache -> cache.requestCache(backToThePage))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(
                                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), paths.matcher("/me"))
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint(SIGN_IN), request -> true))
                .build();
    }
}
