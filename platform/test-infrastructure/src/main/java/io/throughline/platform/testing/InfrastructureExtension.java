package io.throughline.platform.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

final class InfrastructureExtension implements BeforeAllCallback, ParameterResolver {

    @Override
    public void beforeAll(ExtensionContext context) {
        // The services under test trust the test JVM's issuer (THROUGHLINE_ISSUER_URI).
        System.setProperty("throughline.issuer-uri", TestIssuer.get().uri());
        TestInfrastructure infrastructure = TestInfrastructure.get();
        if (infrastructure.kind() == TestInfrastructure.Kind.EMBEDDED) {
            System.setProperty("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers());
            System.setProperty("spring.mongodb.uri", infrastructure.mongoConnectionString());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == TestInfrastructure.class || type == TestIssuer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestIssuer.class ? TestIssuer.get() : TestInfrastructure.get();
    }
}
