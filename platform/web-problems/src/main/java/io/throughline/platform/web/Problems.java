package io.throughline.platform.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds the problem documents of the API: {@code status}, {@code title}, {@code detail}, and {@code errors}. */
public final class Problems {

    public static final String ERRORS = "errors";

    private Problems() {
    }

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

    public static ProblemDetail notFound(String detail) {
        return of(HttpStatus.NOT_FOUND, detail);
    }

    public static ProblemDetail unavailable(String detail) {
        return of(HttpStatus.SERVICE_UNAVAILABLE, detail);
    }
}
