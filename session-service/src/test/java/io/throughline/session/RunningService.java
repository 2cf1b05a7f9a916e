package io.throughline.session;

import io.throughline.platform.testing.WithInfrastructure;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole service on a random port over the test JVM's Kafka and MongoDB. Every integration test
 * class carries exactly this configuration, so Spring's context cache starts the service once for
 * all of them; the tests keep apart by using their own session, client and organisation ids.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WithInfrastructure
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.mongodb.database=session-service-it")
public @interface RunningService {}
