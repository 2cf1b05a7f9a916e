package io.throughline.platform.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/** Wires the JVM's shared containers into a Spring Boot test through {@code @ServiceConnection}. */
@TestConfiguration(proxyBeanMethods = false)
@Conditional(ContainerConnections.ContainersChosen.class)
class ContainerConnections {

    @Bean
    @ServiceConnection
    KafkaContainer kafkaContainer() {
        return TestInfrastructure.get().kafkaContainer().orElseThrow();
    }

    @Bean
    @ServiceConnection
    MongoDBContainer mongoDbContainer() {
        return TestInfrastructure.get().mongoContainer().orElseThrow();
    }

    static final class ContainersChosen implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return TestInfrastructure.get().kind() == TestInfrastructure.Kind.CONTAINERS;
        }
    }
}
