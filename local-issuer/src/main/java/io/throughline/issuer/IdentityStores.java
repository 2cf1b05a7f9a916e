package io.throughline.issuer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** The issuer's registered clients and sign-in users, made from the {@link Directory}. */
final class IdentityStores {

    static final Duration ACCESS_TOKEN_TTL = Duration.ofMinutes(10);
    static final Duration REFRESH_TOKEN_TTL = Duration.ofHours(8);

    private IdentityStores() {}

    /** Each client of the directory (client credentials), and the pages' client (authorization code with PKCE). */
    static InMemoryRegisteredClientRepository clients(
            Directory directory, IssuerProperties properties, PasswordEncoder encoder) {
        List<RegisteredClient> clients = new ArrayList<>();
        TokenSettings tokens = TokenSettings.builder()
                .accessTokenTimeToLive(ACCESS_TOKEN_TTL)
                .refreshTokenTimeToLive(REFRESH_TOKEN_TTL)
                .build();
        for (Directory.Entry client : directory.clients()) {
            clients.add(RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(client.name())
                    .clientSecret(client.encodedSecret())
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .tokenSettings(tokens)
                    .build());
        }
        clients.add(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(properties.pagesClientId())
                .clientSecret(encoder.encode(properties.pagesClientSecret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(uris -> uris.addAll(properties.pagesRedirectUris()))
                .postLogoutRedirectUris(uris -> uris.addAll(properties.pagesPostLogoutRedirectUris()))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(tokens)
                .build());
        return new InMemoryRegisteredClientRepository(clients);
    }

    /** The people of the directory who sign in with the form. */
    static InMemoryUserDetailsManager users(Directory directory) {
        List<UserDetails> users = directory.people().stream()
                .map(person -> User.withUsername(person.name())
                        .password(person.encodedPassword())
                        .authorities(person.identity().roles().stream()
                                .map(role -> "ROLE_" + role.claimValue())
                                .toArray(String[]::new))
                        .build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }
}
