package io.throughline.session.web;

import com.mongodb.MongoException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import io.throughline.platform.web.Problems;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The session's own answers: an unknown session 404 (and one the caller may not see: the same answer), a write
 * naming another person 403, a conflict that outlived the retries 409, an unreachable event store 503. Runs before
 * the platform's advice, which answers everything a request itself gets wrong and a broken rule of the session
 * (409 naming it in {@code rule}).
 */
@RestControllerAdvice(basePackageClasses = SessionProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SessionProblems {

    private static final Logger log = LoggerFactory.getLogger(SessionProblems.class);

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail notFound(AggregateNotFoundException exception) {
        return Problems.notFound(exception.getMessage());
    }

    @ExceptionHandler(NotYoursToWrite.class)
    ProblemDetail notYours(NotYoursToWrite exception) {
        return Problems.of(HttpStatus.FORBIDDEN, exception.getMessage());
    }

    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ProblemDetail concurrentChange(Exception exception) {
        log.info("A concurrent change outlived the retries: {}", exception.getMessage());
        return Problems.ruleBroken("The session was changed concurrently; read it again and retry");
    }

    @ExceptionHandler({EventStoreException.class, MongoException.class})
    ProblemDetail storeFailed(RuntimeException exception) {
        if (isUnreachable(exception)) {
            log.warn("The event store is unreachable: {}", exception.getMessage());
            return Problems.unavailable("The event store is unreachable; try again shortly");
        }
        log.error("The event store failed", exception);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred");
    }

    private static boolean isUnreachable(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof MongoTimeoutException || cause instanceof MongoSocketException) {
                return true;
            }
        }
        return false;
    }
}
