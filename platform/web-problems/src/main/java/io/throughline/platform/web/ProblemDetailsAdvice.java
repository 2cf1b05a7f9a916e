package io.throughline.platform.web;

import io.throughline.platform.rules.RuleViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns what a client can get wrong into {@code application/problem+json}: 400 with the invalid
 * fields, 404, 405, 413, 415, and 409 naming the rule of the domain a command broke ({@link RuleViolation});
 * Spring MVC's own cases come from {@link ResponseEntityExceptionHandler}. Runs after the services' own advice,
 * which maps the rest of their domain's exceptions.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidField> errors = new ArrayList<>();
        for (FieldError error : exception.getBindingResult().getFieldErrors()) {
            errors.add(new InvalidField(error.getField(), error.getDefaultMessage()));
        }
        exception
                .getBindingResult()
                .getGlobalErrors()
                .forEach(error -> errors.add(new InvalidField(error.getObjectName(), error.getDefaultMessage())));
        return problem(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException exception,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        List<InvalidField> errors = new ArrayList<>();
        exception.getParameterValidationResults().forEach(result -> {
            if (result instanceof ParameterErrors body) {
                body.getFieldErrors()
                        .forEach(error -> errors.add(new InvalidField(error.getField(), error.getDefaultMessage())));
            } else {
                result.getResolvableErrors()
                        .forEach(error -> errors.add(new InvalidField(
                                result.getMethodParameter().getParameterName(), error.getDefaultMessage())));
            }
        });
        return problem(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causedBy(exception, PayloadTooLargeException.class) instanceof PayloadTooLargeException tooLarge) {
            return problem(Problems.of(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage()));
        }
        if (causedBy(exception, JacksonException.class) instanceof JacksonException json
                && !json.getPath().isEmpty()) {
            String field = path(json);
            InvalidField error = new InvalidField(field, fieldMessage(json));
            return problem(Problems.invalid("Field '" + field + "' is invalid: " + error.message(), List.of(error)));
        }
        if (causedBy(exception, JacksonException.class) instanceof JacksonException json) {
            return problem(Problems.invalid("The body is not valid JSON: " + json.getOriginalMessage(), List.of()));
        }
        return problem(Problems.invalid("The request body is missing or unreadable", List.of()));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException exception) {
        List<InvalidField> errors = exception.getConstraintViolations().stream()
                .map(violation ->
                        new InvalidField(lastNode(violation.getPropertyPath().toString()), violation.getMessage()))
                .toList();
        return problem(invalid(errors));
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<Object> ruleBroken(RuleViolation violation) {
        return problem(Problems.ruleBroken(violation));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException exception) {
        InvalidField error =
                new InvalidField(exception.getName(), "must be a " + simpleName(exception.getRequiredType()));
        return problem(Problems.invalid("Parameter '" + exception.getName() + "' is invalid", List.of(error)));
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<Object> tooLarge(PayloadTooLargeException exception) {
        return problem(Problems.of(HttpStatus.CONTENT_TOO_LARGE, exception.getMessage()));
    }

    @ExceptionHandler(com.mongodb.MongoTimeoutException.class)
    ResponseEntity<Object> mongoUnavailable(com.mongodb.MongoTimeoutException exception) {
        log.warn("MongoDB is unreachable: {}", exception.getMessage());
        return problem(Problems.unavailable("The database is unreachable; try again shortly"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception exception) {
        log.error("Unexpected error", exception);
        return problem(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred"));
    }

    private static ProblemDetail invalid(List<InvalidField> errors) {
        String fields = errors.stream().map(InvalidField::field).distinct().collect(Collectors.joining(", "));
        return Problems.invalid(
                errors.size() == 1
                        ? "Field '" + fields + "' is invalid: "
                                + errors.getFirst().message()
                        : errors.size() + " fields are invalid: " + fields,
                errors);
    }

    private static ResponseEntity<Object> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static String fieldMessage(JacksonException json) {
        if (json instanceof UnrecognizedPropertyException unknown) {
            // Jackson's own message names the Java class; the client needs the fields it may send instead.
            String known = unknown.getKnownPropertyIds() == null
                    ? ""
                    : unknown.getKnownPropertyIds().stream()
                            .map(String::valueOf)
                            .sorted()
                            .collect(Collectors.joining(", "));
            return known.isEmpty() ? "is not a known field" : "is not a known field; known here: " + known;
        }
        if (json instanceof InvalidFormatException format
                && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return "must be one of " + Arrays.toString(format.getTargetType().getEnumConstants());
        }
        if (json instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + article(simpleName(mismatch.getTargetType()));
        }
        return json.getOriginalMessage();
    }

    private static String path(JacksonException json) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : json.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String simpleName(Class<?> type) {
        if (type == null) {
            return "value of another type";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class) {
            return "timestamp (ISO-8601 with offset, e.g. 2026-11-23T10:00:00Z)";
        }
        if (type == String.class) {
            return "string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        return type.isRecord() || java.util.Map.class.isAssignableFrom(type) ? "object" : type.getSimpleName();
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an " : "a ") + noun;
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }

    private static Throwable causedBy(Throwable exception, Class<? extends Throwable> type) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return cause;
            }
        }
        return null;
    }
}
