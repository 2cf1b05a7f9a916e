package io.throughline.issuer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The local OpenID Connect issuer, on http://localhost:9000 by default. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LocalIssuerApplication {

    public static void main(String[] args) {
        SpringApplication.run(LocalIssuerApplication.class, args);
    }
}
