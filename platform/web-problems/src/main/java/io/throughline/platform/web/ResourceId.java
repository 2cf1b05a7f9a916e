package io.throughline.platform.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An id of API.md ({@code orgId}, {@code clientId}, {@code sessionId}, {@code prepFormId} …): 1–64 characters of
 * {@code [A-Za-z0-9._-]}. Null passes; {@code @NotNull} makes it required. Code that checks an id outside Bean
 * Validation (an interceptor reading the path) matches {@link #PATTERN}.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER})
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Pattern(regexp = ResourceId.PATTERN)
public @interface ResourceId {

    String PATTERN = "[A-Za-z0-9._-]{1,64}";

    String message() default "must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_' and '-'";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
