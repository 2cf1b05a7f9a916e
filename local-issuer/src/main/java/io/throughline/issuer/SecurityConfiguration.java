package io.throughline.issuer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Two filter chains: the authorization server's endpoints (OIDC with RP-initiated logout and
 * UserInfo on), and the sign-in form everything else needs.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerFilterChain(HttpSecurity http, IdentityClaims identityClaims)
            throws Exception {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(oidc ->
                            oidc.userInfoEndpoint(userInfo -> userInfo.userInfoMapper(identityClaims::userInfo)));
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // The UserInfo endpoint takes the access token as a bearer token.
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                // A browser without a session is sent to the sign-in form; other callers get 401.
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint(SignInPage.PATH),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signInFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(SignInPage.PATH, "/error", "/favicon.ico")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage(SignInPage.PATH))
                .logout(logout -> logout.logoutSuccessUrl(SignInPage.PATH + "?logout"));
        return http.build();
    }
}
