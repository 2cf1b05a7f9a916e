package io.throughline.prepform.web;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import io.throughline.platform.web.InvalidField;
import io.throughline.platform.web.Problems;
import io.throughline.prepform.command.PrepFormIncomplete;
import io.throughline.prepform.command.PrepFormRuleViolation;
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

import java.util.List;

/**
 * The answers to what the form and its storage say about a request; everything about the request's
 * shape is the platform's {@code ProblemDetailsAdvice}, which runs after this one.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PrepFormProblemsAdvice {

    private static final Logger log = LoggerFactory.getLogger(PrepFormProblemsAdvice.class);

    @ExceptionHandler(PrepFormRuleViolation.class)
    ProblemDetail ruleBroken(PrepFormRuleViolation violation) {
        ProblemDetail problem = Problems.ruleBroken(violation.getMessage());
        problem.setProperty("rule", violation.rule().id());
        return problem;
    }

    @ExceptionHandler(PrepFormIncomplete.class)
    ProblemDetail incomplete(PrepFormIncomplete incomplete) {
        return invalid(incomplete.field(), incomplete.reason());
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalidInput(InvalidInput invalid) {
        return invalid(invalid.field(), invalid.reason());
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
        String[] key = String.valueOf(notFound.getAggregateIdentifier()).split("/", 2);
        return key.length == 2 ? notFound(new PrepFormNotFound(key[0], key[1]))
                : Problems.notFound("No such prep form");
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
        return Problems.invalid("Field '" + field + "' is invalid: " + reason, List.of(new InvalidField(field, reason)));
    }
}
