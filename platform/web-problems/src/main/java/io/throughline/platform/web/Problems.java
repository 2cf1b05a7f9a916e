package io.throughline.platform.web;

import io.throughline.platform.rules.RuleViolation;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Builds the problem documents of the API: {@code status}, {@code title}, {@code detail}, {@code errors} for invalid
 * fields and {@code rule} for a broken rule of the domain.
 */
public final class Problems {

    public static final String ERRORS = "errors";
    /** The name of the broken rule in a 409, UPPER_SNAKE_CASE ({@link io.throughline.platform.rules.Rule}). */
    public static final String RULE = "rule";

    private Problems() {}

    public static ProblemDetail of(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    public static ProblemDetail invalid(String detail, List<InvalidField> errors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty(ERRORS, errors);
        return problem;
    }

    /** A rule of the domain that the request breaks; {@code detail} names the rule. */
    public static ProblemDetail ruleBroken(String detail) {
        return of(HttpStatus.CONFLICT, detail);
    }

    /** A rule of the domain that a command broke: 409, {@code detail} stating it, {@code rule} naming it. */
    public static ProblemDetail ruleBroken(RuleViolation violation) {
        ProblemDetail problem = ruleBroken(violation.getMessage());
        problem.setProperty(RULE, violation.rule().name());
        return problem;
    }

    public static ProblemDetail notFound(String detail) {
        return of(HttpStatus.NOT_FOUND, detail);
    }

    public static ProblemDetail unavailable(String detail) {
        return of(HttpStatus.SERVICE_UNAVAILABLE, detail);
    }
}
