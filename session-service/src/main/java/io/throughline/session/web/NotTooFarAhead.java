package io.throughline.session.web;

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
 * A business time ({@code at}) that can have happened: not more than five minutes after now
 * ({@link io.throughline.session.command.BusinessTime}). Invalid input (400), unlike a time before the
 * session's previous event, which breaks a rule of the session (409).
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER})
@Constraint(validatedBy = NotTooFarAheadValidator.class)
@interface NotTooFarAhead {

    String message() default "must not be more than 5 minutes in the future";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
