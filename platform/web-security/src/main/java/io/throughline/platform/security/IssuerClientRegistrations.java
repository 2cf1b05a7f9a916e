package io.throughline.platform.security;

import java.util.Map;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/**
 * The page's one client registration, {@value #ID}, found by discovery at the issuer on first use (so the service
 * starts before its issuer). Where the service reaches the issuer under another address than browsers do
 * ({@code THROUGHLINE_ISSUER_BACKCHANNEL_URI}, as inside docker compose), the browser goes to the issuer's
 * address and the service to the back channel, at the local issuer's endpoint paths.
 */
final class IssuerClientRegistrations implements ClientRegistrationRepository {

    static final String ID = "throughline";

    private final WebSecurityProperties properties;
    private volatile ClientRegistration registration;

    IssuerClientRegistrations(WebSecurityProperties properties) {
        this.properties = properties;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration found = registration;
        if (found == null) {
            synchronized (this) {
                if (registration == null) {
                    registration = build();
                }
                found = registration;
            }
        }
        return found;
    }

    private ClientRegistration build() {
        String issuer = trimmed(properties.issuerUri().toString());
        String backchannel = trimmed(properties.backchannel().toString());
        ClientRegistration.Builder builder = issuer.equals(backchannel)
                ? ClientRegistrations.fromIssuerLocation(issuer)
                : ClientRegistration.withRegistrationId(ID)
                        .issuerUri(issuer)
                        .authorizationUri(issuer + "/oauth2/authorize")
                        .tokenUri(backchannel + "/oauth2/token")
                        .jwkSetUri(backchannel + "/oauth2/jwks")
                        .userNameAttributeName(IdTokenClaimNames.SUB)
                        .providerConfigurationMetadata(Map.of("end_session_endpoint", issuer + "/connect/logout"));
        return builder.registrationId(ID)
                .clientId(properties.pages().clientId())
                .clientSecret(properties.pages().clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid")
                .build();
    }

    private static String trimmed(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }
}
