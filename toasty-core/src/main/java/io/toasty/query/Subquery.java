package io.toasty.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A query of any model nested in a condition: {@code in(subquery)}, {@link Condition#exists}, or a single value
 * compared with ({@link #value()}). It may be correlated with the outer query by {@link #correlate}. Immutable.
 *
 * <pre>{@code
 * Subquery.from(Ticket.class).select(Ticket_.personId).where(Ticket_.points.gt(5))
 * }</pre>
 *
 * @param model the model queried
 * @param selected what it selects: one expression, or none for {@code EXISTS}
 * @param conditions its conditions, joined with AND
 * @param correlations inner fields equal to fields of the enclosing query
 * @param <S> the model queried
 * @param <T> the type of the selected value
 */
public record Subquery<S, T>(
        Class<S> model,
        List<Expression<S, ?>> selected,
        List<Condition<S>> conditions,
        List<Correlation> correlations) {

    /**
     * An inner field that must equal a field of the enclosing query's model.
     *
     * @param inner the subquery's field
     * @param outer the enclosing query's field
     */
    public record Correlation(Attribute<?, ?> inner, Attribute<?, ?> outer) {
        /** Checks that no part is null. */
        public Correlation {
            Objects.requireNonNull(inner, "inner");
            Objects.requireNonNull(outer, "outer");
        }
    }

    /** Checks the parts and copies the lists. */
    public Subquery {
        Objects.requireNonNull(model, "model");
        selected = List.copyOf(selected);
        conditions = List.copyOf(conditions);
        correlations = List.copyOf(correlations);
    }

    /** A subquery over every row of {@code model} that selects nothing yet: enough for {@link Condition#exists}. */
    public static <S> Subquery<S, Void> from(Class<S> model) {
        return new Subquery<>(model, List.of(), List.of(), List.of());
    }

    /** This subquery selecting {@code expression}, for {@code in(subquery)} and {@link #value()}. */
    public <V> Subquery<S, V> select(Expression<S, V> expression) {
        return new Subquery<>(model, List.of(expression), conditions, correlations);
    }

    /** Only rows that also match {@code condition}. */
    public Subquery<S, T> where(Condition<S> condition) {
        List<Condition<S>> more = new ArrayList<>(conditions);
        more.add(Objects.requireNonNull(condition, "condition"));
        return new Subquery<>(model, selected, more, correlations);
    }

    /** Only rows whose {@code inner} field equals the {@code outer} field of the enclosing query's current row. */
    public <V> Subquery<S, T> correlate(Attribute<S, V> inner, Attribute<?, V> outer) {
        List<Correlation> more = new ArrayList<>(correlations);
        more.add(new Correlation(inner, outer));
        return new Subquery<>(model, selected, conditions, more);
    }

    /** The single value this subquery selects, to compare with: it must select one expression and find one row. */
    public <M> ComparableExpression<M, T> value() {
        return new ScalarSubquery<>(this);
    }
}
