package io.throughline.analytics.web;

import com.mongodb.MongoException;
import io.throughline.platform.web.InvalidField;
import io.throughline.platform.web.Problems;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * This service's own errors as RFC 9457 problems; everything a client can get wrong in general
 * (invalid parameters, unknown routes, …) is the platform's {@code ProblemDetailsAdvice}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return Problems.notFound(e.getMessage());
    }

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail invalid(InvalidParameterException e) {
        return Problems.invalid(
                "Field '" + e.field() + "' is invalid: " + e.getMessage(),
                List.of(new InvalidField(e.field(), e.getMessage())));
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return Problems.ruleBroken(e.getMessage());
    }

    @ExceptionHandler(MongoException.class)
    ProblemDetail mongoUnavailable(MongoException e) {
        log.warn("MongoDB failed a query: {}", e.toString());
        return Problems.unavailable("The read models' database is not available; try again shortly.");
    }
}
