package io.toasty.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A field holding an array of scalars ({@code String[]}, {@code Integer[]}, {@code Long[]}, {@code UUID[]}) or a
 * {@code List} of them, stored as a database array, with conditions on its elements and its length. Its value type is
 * the array type in both cases, so a set-based update of a {@code List} field assigns an array.
 *
 * @param <M> the model
 * @param <E> the element type
 */
public final class ArrayAttribute<M, E> extends Attribute<M, E[]> {
    /** Declares the attribute; called by the generated metamodel. */
    public ArrayAttribute(Class<M> model, String name, Class<E[]> type) {
        super(model, name, type);
    }

    /** The array holds {@code element}. */
    public Condition<M> contains(E element) {
        return new ArrayCondition<>(
                this, ArrayCondition.Kind.CONTAINS_ALL, List.of(Objects.requireNonNull(element, "element")), null, 0);
    }

    /** The array holds every one of {@code elements} (true for none). */
    @SafeVarargs
    public final Condition<M> containsAll(E... elements) {
        return new ArrayCondition<>(this, ArrayCondition.Kind.CONTAINS_ALL, list(elements), null, 0);
    }

    /** The array holds at least one of {@code elements} (false for none). */
    @SafeVarargs
    public final Condition<M> overlaps(E... elements) {
        return new ArrayCondition<>(this, ArrayCondition.Kind.OVERLAPS, list(elements), null, 0);
    }

    /** The array's number of elements compared with {@code length}, such as {@code tags.length(GE, 2)}. */
    public Condition<M> length(Comparison.Operator operator, int length) {
        Objects.requireNonNull(operator, "operator");
        return new ArrayCondition<>(this, ArrayCondition.Kind.LENGTH, List.of(), operator, length);
    }

    @SafeVarargs
    private List<Object> list(E... elements) {
        Objects.requireNonNull(elements, "elements");
        List<Object> list = new ArrayList<>(elements.length);
        for (E element : elements) {
            list.add(Objects.requireNonNull(element, () -> this + " cannot be compared with a null element"));
        }
        return list;
    }
}
