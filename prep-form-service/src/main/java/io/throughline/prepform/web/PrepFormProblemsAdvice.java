package io.throughline.prepform.web;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import io.throughline.platform.web.InvalidField;
import io.throughline.platform.web.Problems;
import io.throughline.prepform.command.PrepFormIncomplete;
import io.throughline.prepform.command.PrepFormKey;
import java.util.List;
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
 * The answers to what the form and its storage say about a request; everything about the request's
 * shape, and a broken rule of the form (409 naming it in {@code rule}), is the platform's
 * {@code ProblemDetailsAdvice}, which runs after this one.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PrepFormProblemsAdvice {

    private static final Logger log = LoggerFactory.getLogger(PrepFormProblemsAdvice.class);

    @ExceptionHandler(PrepFormIncomplete.class)
    ProblemDetail incomplete(PrepFormIncomplete incomplete) {
        return invalid(incomplete.field(), incomplete.reason());
    }

    @ExceptionHandler(ForbiddenWrite.class)
    ProblemDetail forbidden(ForbiddenWrite forbidden) {
        return Problems.of(HttpStatus.FORBIDDEN, forbidden.getMessage());
    }

    @ExceptionHandler(PrepFormNotFound.class)
    ProblemDetail notFound(PrepFormNotFound notFound) {
        return Problems.notFound(notFound.getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail notFound(AggregateNotFoundException notFound) {
        // The aggregate id is PrepFormKey's "orgId/prepFormId"; ids cannot contain '/'.
        String id = String.valueOf(notFound.getAggregateIdentifier());
        if (id.indexOf('/') < 0) {
            return Problems.notFound("No such prep form");
        }
        PrepFormKey key = PrepFormKey.parse(id);
        return notFound(new PrepFormNotFound(key.orgId(), key.prepFormId()));
    }

    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ProblemDetail concurrentChange(RuntimeException conflict) {
        log.info("A write kept losing to concurrent writes of the same form: {}", conflict.getMessage());
        return Problems.ruleBroken("The form was changed concurrently; read it and try again");
    }

    @ExceptionHandler({EventStoreException.class, MongoTimeoutException.class, MongoSocketException.class})
    ProblemDetail unavailable(RuntimeException failure) {
        log.warn("MongoDB is unavailable: {}", failure.getMessage());
        return Problems.unavailable("The database is unavailable; try again shortly");
    }

    private static ProblemDetail invalid(String field, String reason) {
        return Problems.invalid(
                "Field '" + field + "' is invalid: " + reason, List.of(new InvalidField(field, reason)));
    }
}
