package io.toasty.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Conditions joined by AND or OR. With no parts, AND matches every row and OR none.
 *
 * @param kind AND or OR
 * @param parts the joined conditions
 * @param <M> the model
 */
public record Junction<M>(Kind kind, List<Condition<M>> parts) implements Condition<M> {

    /** How the parts are joined. */
    public enum Kind {
        /** Every part holds. */
        AND,
        /** At least one part holds. */
        OR
    }

    /** Checks the parts and copies them. */
    public Junction {
        Objects.requireNonNull(kind, "kind");
        parts = List.copyOf(parts);
    }

    /** Joins {@code parts}, flattening nested junctions of the same kind. */
    static <M> Condition<M> of(Kind kind, List<Condition<M>> parts) {
        List<Condition<M>> flat = new ArrayList<>();
        for (Condition<M> part : parts) {
            Objects.requireNonNull(part, "condition");
            if (part instanceof Junction<M> junction && junction.kind == kind) {
                flat.addAll(junction.parts);
            } else {
                flat.add(part);
            }
        }
        return flat.size() == 1 ? flat.get(0) : new Junction<>(kind, flat);
    }
}
