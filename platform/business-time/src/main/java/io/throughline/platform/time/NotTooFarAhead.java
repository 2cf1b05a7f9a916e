package io.throughline.platform.time;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A business time ({@code at}) that can have happened: not more than five minutes after now ({@link BusinessTime}).
 * Invalid input (400), unlike a time before the previous event, which breaks a rule (409). Null passes. The
 * validator needs the service's {@link BusinessTime} bean, so Spring's validator factory must create it.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER})
@Constraint(validatedBy = NotTooFarAheadValidator.class)
public @interface NotTooFarAhead {

    String message() default "must not be more than 5 minutes in the future";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
