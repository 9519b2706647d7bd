package io.toasty.validation.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The violations of one write, collected from every object before the write is refused, and the exception that
 * reports them. The exception lists them in a stable order (by object, then property, then message), each as
 * {@code Person[3].email: must be a well-formed email address (was 'x')}: a model, the index of the object in an
 * {@code insertAll} of several, the property path, the message and the rejected value. Used by one thread.
 */
public final class Violations {
    /** The index of the only object of a write, which the messages leave out. */
    public static final int NO_INDEX = -1;

    /** How many violations the exception's message spells out; the exception itself holds them all. */
    static final int LISTED = 20;

    private static final Comparator<Found> ORDER = Comparator.comparingInt(Found::index)
            .thenComparing(Found::path)
            .thenComparing(found -> found.violation().getMessage());

    private final String model;
    private final List<Found> found = new ArrayList<>();

    public Violations(Class<?> model) {
        this.model = model.getSimpleName();
    }

    /**
     * Adds the violations found on one object or value.
     *
     * @param index the object's position in the write, or {@link #NO_INDEX}
     * @param prefix the path of the validated value inside the model, such as {@code address} when a set-based
     *     update's value was validated as a bean of its own; empty when the model itself was validated
     */
    public void add(int index, String prefix, Set<? extends ConstraintViolation<?>> violations) {
        for (ConstraintViolation<?> violation : violations) {
            String path = violation.getPropertyPath().toString();
            found.add(new Found(
                    index, prefix.isEmpty() || path.isEmpty() ? prefix + path : prefix + "." + path, violation));
        }
    }

    /** Throws when anything was added. */
    public void throwIfAny() {
        if (found.isEmpty()) {
            return;
        }
        List<Found> sorted = found.stream().sorted(ORDER).toList();
        StringBuilder message = new StringBuilder();
        for (int i = 0; i < Math.min(sorted.size(), LISTED); i++) {
            message.append(i == 0 ? "" : "; ").append(sorted.get(i).describe(model));
        }
        if (sorted.size() > LISTED) {
            message.append("; and ").append(sorted.size() - LISTED).append(" more");
        }
        Set<ConstraintViolation<?>> violations = new LinkedHashSet<>();
        sorted.forEach(each -> violations.add(each.violation()));
        throw new ConstraintViolationException(message.toString(), violations);
    }

    private record Found(int index, String path, ConstraintViolation<?> violation) {
        String describe(String model) {
            StringBuilder text = new StringBuilder(model);
            if (index != NO_INDEX) {
                text.append('[').append(index).append(']');
            }
            if (!path.isEmpty()) {
                text.append('.').append(path);
            }
            text.append(": ").append(violation.getMessage());
            if (!path.isEmpty()) {
                // a constraint on the whole object has the object as its value: its toString() says nothing useful
                text.append(" (was ")
                        .append(Values.describe(violation.getInvalidValue()))
                        .append(')');
            }
            return text.toString();
        }
    }
}
