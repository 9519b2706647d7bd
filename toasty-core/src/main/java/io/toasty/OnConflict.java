package io.toasty;

import io.toasty.query.Attribute;
import java.util.List;
import java.util.Objects;

/**
 * What an upsert does when a row with the same unique key already exists: update some of its fields, update all of
 * them, or leave it as it is. Immutable.
 *
 * <pre>{@code
 * users.upsert(user, OnConflict.on(User_.email).update(User_.name));
 * }</pre>
 *
 * @param model the model
 * @param target the fields of the unique key the conflict is detected on; empty for the primary key
 * @param constraint the name of the unique constraint the conflict is detected on, or empty
 * @param action what happens to an existing row
 * @param updates the fields {@link Action#UPDATE} copies from the object; empty for every field it can
 * @param <T> the model
 */
public record OnConflict<T>(
        Class<T> model, List<Attribute<T, ?>> target, String constraint, Action action, List<Attribute<T, ?>> updates) {

    /** What happens to a row that already has the key. */
    public enum Action {
        /** Copy fields of the object into it (every field but the key and the conflict target, or those listed). */
        UPDATE,
        /** Leave it as it is; the upsert returns it unchanged. */
        IGNORE
    }

    public OnConflict {
        Objects.requireNonNull(model, "model");
        target = List.copyOf(target);
        Objects.requireNonNull(constraint, "constraint");
        Objects.requireNonNull(action, "action");
        updates = List.copyOf(updates);
    }

    /** Conflicts on the unique key made of these fields (one {@code @Unique} field, or a composite unique index). */
    @SafeVarargs
    public static <T> Target<T> on(Attribute<T, ?> field, Attribute<T, ?>... more) {
        Objects.requireNonNull(field, "field");
        List<Attribute<T, ?>> fields = new java.util.ArrayList<>();
        fields.add(field);
        for (Attribute<T, ?> other : more) {
            fields.add(Objects.requireNonNull(other, "field"));
        }
        return new Target<>(field.model(), List.copyOf(fields), "");
    }

    /** Conflicts on the primary key. */
    public static <T> Target<T> onKey(Class<T> model) {
        return new Target<>(model, List.of(), "");
    }

    /** Conflicts on the unique constraint or index with this name, as declared in {@code @Model(indexes = ...)}. */
    public static <T> Target<T> onConstraint(Class<T> model, String name) {
        if (Objects.requireNonNull(name, "name").isBlank()) {
            throw new IllegalArgumentException("a constraint name must not be blank");
        }
        return new Target<>(model, List.of(), name);
    }

    /**
     * The unique key a conflict is detected on; choose what happens then.
     *
     * @param model the model
     * @param fields the key's fields; empty for the primary key or a named constraint
     * @param constraint the constraint's name, or empty
     * @param <T> the model
     */
    public record Target<T>(Class<T> model, List<Attribute<T, ?>> fields, String constraint) {
        public Target {
            Objects.requireNonNull(model, "model");
            fields = List.copyOf(fields);
            Objects.requireNonNull(constraint, "constraint");
        }

        /** On conflict, copy these fields of the object into the existing row. */
        @SafeVarargs
        public final OnConflict<T> update(Attribute<T, ?> field, Attribute<T, ?>... more) {
            List<Attribute<T, ?>> updates = new java.util.ArrayList<>();
            updates.add(Objects.requireNonNull(field, "field"));
            for (Attribute<T, ?> other : more) {
                updates.add(Objects.requireNonNull(other, "field"));
            }
            return new OnConflict<>(model, fields, constraint, Action.UPDATE, updates);
        }

        /** On conflict, copy every field of the object but the key and the conflict target into the existing row. */
        public OnConflict<T> updateAll() {
            return new OnConflict<>(model, fields, constraint, Action.UPDATE, List.of());
        }

        /** On conflict, leave the existing row as it is (insert-or-ignore). */
        public OnConflict<T> ignore() {
            return new OnConflict<>(model, fields, constraint, Action.IGNORE, List.of());
        }
    }
}
