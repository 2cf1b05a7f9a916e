package io.throughline.platform.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

final class InfrastructureExtension implements BeforeAllCallback, ParameterResolver {

    @Override
    public void beforeAll(ExtensionContext context) {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        if (infrastructure.kind() == TestInfrastructure.Kind.EMBEDDED) {
            System.setProperty("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers());
            System.setProperty("spring.mongodb.uri", infrastructure.mongoConnectionString());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestInfrastructure.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return TestInfrastructure.get();
    }
}
