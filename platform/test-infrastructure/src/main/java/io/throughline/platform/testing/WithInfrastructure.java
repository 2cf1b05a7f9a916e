package io.throughline.platform.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.annotation.Import;

/**
 * The one entry point for integration tests that need Kafka and MongoDB. Plain tests take a
 * {@link TestInfrastructure} parameter; Spring Boot tests get {@code spring.kafka.bootstrap-servers}
 * and {@code spring.mongodb.uri} (embedded) or {@code @ServiceConnection} beans (containers).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(InfrastructureExtension.class)
@Import(ContainerConnections.class)
public @interface WithInfrastructure {}
