package io.throughline.prepform;

import io.throughline.platform.testing.WithInfrastructure;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole service on a random port against the test JVM's Kafka and MongoDB. Every integration
 * test class carries exactly this, so they share one Spring context (and its consumer group); they
 * keep apart by using their own organisations and sessions.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WithInfrastructure
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.mongodb.database=prep-form-service-it")
public @interface PrepFormServiceIT {}
