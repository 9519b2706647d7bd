package io.toasty.examples.bookstore;

import io.toasty.DuplicateKeyException;
import io.toasty.InvalidCursorException;
import io.toasty.NotFoundException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Toasty's exceptions as HTTP answers with a JSON body: a write that breaks a constraint is 400 with every violation,
 * an unknown key 404, a duplicate e-mail or ISBN 409, a tampered cursor 400.
 */
public class ErrorMappers {
    /** One broken constraint: the field and what is wrong with it. */
    public record Violation(String field, String message) {}

    /** The body of a 400 for invalid input. */
    public record Violations(List<Violation> violations) {}

    /** The body of the other errors. */
    public record Problem(String error, List<String> fields) {}

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .toList();
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(new Violations(violations))
                .build();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return Response.status(Response.Status.NOT_FOUND)
                .entity(new Problem(e.getMessage(), List.of()))
                .build();
    }

    @ServerExceptionMapper
    public Response duplicate(DuplicateKeyException e) {
        return Response.status(Response.Status.CONFLICT)
                .entity(new Problem("Already there: " + String.join(", ", e.fields()), e.fields()))
                .build();
    }

    @ServerExceptionMapper
    public Response badCursor(InvalidCursorException e) {
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(new Problem(e.getMessage(), List.of()))
                .build();
    }
}
