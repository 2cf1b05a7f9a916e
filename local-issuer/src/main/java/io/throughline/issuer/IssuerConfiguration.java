package io.throughline.issuer;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;

/** The issuer's identity, keys, clients and users; the endpoints are Spring Authorization Server's defaults. */
@Configuration(proxyBeanMethods = false)
class IssuerConfiguration {

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IssuerProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(IssuerProperties properties) {
        return new ImmutableJWKSet<>(new JWKSet(SigningKey.load(properties.keyFile())));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    Directory directory(IssuerProperties properties, PasswordEncoder passwordEncoder) {
        return Directory.of(properties, passwordEncoder);
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(
            Directory directory, IssuerProperties properties, PasswordEncoder passwordEncoder) {
        return IdentityStores.clients(directory, properties, passwordEncoder);
    }

    @Bean
    UserDetailsService userDetailsService(Directory directory) {
        return IdentityStores.users(directory);
    }

    @Bean
    IdentityClaims identityClaims(Directory directory) {
        return new IdentityClaims(directory);
    }
}
