package io.toasty.validation;

import io.toasty.spi.WriteListener;
import io.toasty.validation.internal.Groups;
import io.toasty.validation.internal.Violations;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs Bean Validation before every write, so an invalid object never reaches the database: register it with
 * {@link io.toasty.Toasty.Builder#writeListener}.
 *
 * <pre>{@code
 * Toasty toasty = Toasty.builder(dataSource)
 *     .models(User.class)
 *     .writeListener(new BeanValidationWriteListener(validator))
 *     .build();
 * }</pre>
 *
 * <p>Each write is checked as a whole before any of its SQL is sent: {@code insert}, {@code insertAll},
 * {@code upsert} and {@code upsertAll} validate every object with the insert groups, {@code update} its object with the update groups, and a set-based update each
 * plain value it assigns against the constraints of its property ({@link Validator#validateValue}, with the update
 * groups, following {@code @Valid} into the value). If anything violates a constraint, the write throws a
 * {@link ConstraintViolationException} holding every violation of every object, and nothing is written; the
 * transaction around it, if any, is untouched and stays usable. Its message lists them as
 * {@code Person[3].email: must be a well-formed email address (was 'x')}, with the index of the object when the write
 * had several.
 *
 * <p>What it does not see: a set-based update's assignments computed by the database ({@code age + 1}), and so also
 * constraints on the whole object for such an update; and on insert, the values Toasty generates, since objects are
 * checked before {@link io.toasty.model.Auto} keys and {@link io.toasty.model.Version} fields are filled in (put no
 * {@code @NotNull} on those, or put it in an update group).
 *
 * <p>Thread-safe, as the {@link Validator} is. Under CDI, pass the container's validator, so that constraint
 * validators can inject beans; outside one, {@code Validation.buildDefaultValidatorFactory().getValidator()}.
 */
public final class BeanValidationWriteListener implements WriteListener {
    private final Validator validator;
    private final Class<?>[] insertGroups;
    private final Class<?>[] updateGroups;

    /** Validates inserts and updates with the {@link jakarta.validation.groups.Default} group. */
    public BeanValidationWriteListener(Validator validator) {
        this(validator, List.of(), List.of());
    }

    /**
     * Validates inserts with {@code insertGroups} and updates (of an object and set-based) with {@code updateGroups};
     * an empty list means {@link jakarta.validation.groups.Default}. To check the default constraints as well as a
     * group's, list both: {@code List.of(Default.class, OnInsert.class)}.
     *
     * @throws IllegalArgumentException when a group is null or not an interface
     */
    public BeanValidationWriteListener(Validator validator, List<Class<?>> insertGroups, List<Class<?>> updateGroups) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.insertGroups = Groups.of(insertGroups, "insertGroups");
        this.updateGroups = Groups.of(updateGroups, "updateGroups");
    }

    /**
     * Validates every object, with the insert groups.
     *
     * @throws ConstraintViolationException with the violations of every object, when any has one
     */
    @Override
    public void beforeInsert(Class<?> model, List<?> objects) {
        Violations violations = new Violations(model);
        for (int i = 0; i < objects.size(); i++) {
            int index = objects.size() == 1 ? Violations.NO_INDEX : i;
            violations.add(index, "", validator.validate(objects.get(i), insertGroups));
        }
        violations.throwIfAny();
    }

    /**
     * Validates every object of an upsert, with the insert groups: each may become a new row, and an existing row it
     * updates gets its values.
     *
     * @throws ConstraintViolationException with the violations of every object, when any has one
     */
    @Override
    public void beforeUpsert(Class<?> model, List<?> objects) {
        beforeInsert(model, objects);
    }

    /**
     * Validates the object, with the update groups.
     *
     * @throws ConstraintViolationException with its violations, when it has any
     */
    @Override
    public void beforeUpdate(Class<?> model, Object object) {
        Violations violations = new Violations(model);
        violations.add(Violations.NO_INDEX, "", validator.validate(object, updateGroups));
        violations.throwIfAny();
    }

    /**
     * Validates each value against the constraints of its property, with the update groups, and, when the property
     * is marked {@code @Valid}, the value itself.
     *
     * @throws ConstraintViolationException with the violations of every value, when any has one
     */
    @Override
    public void beforeSetBasedUpdate(Class<?> model, Map<String, Object> values) {
        Violations violations = new Violations(model);
        BeanDescriptor bean = validator.getConstraintsForClass(model);
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            String property = entry.getKey();
            PropertyDescriptor descriptor = bean.getConstraintsForProperty(property);
            if (descriptor == null) {
                continue; // neither constrained nor cascaded: nothing to check
            }
            violations.add(
                    Violations.NO_INDEX, "", validator.validateValue(model, property, entry.getValue(), updateGroups));
            if (cascaded(descriptor)) {
                cascade(violations, property, entry.getValue());
            }
        }
        violations.throwIfAny();
    }

    private static boolean cascaded(PropertyDescriptor descriptor) {
        return descriptor.isCascaded()
                || descriptor.getConstrainedContainerElementTypes().stream()
                        .anyMatch(ContainerElementTypeDescriptor::isCascaded);
    }

    /** What {@code validate} of the whole object would have found inside the value, which validateValue skips. */
    private void cascade(Violations violations, String path, Object value) {
        if (value instanceof Optional<?> optional) {
            optional.ifPresent(present -> cascade(violations, path, present));
        } else if (value instanceof Iterable<?> elements) {
            int i = 0;
            for (Object element : elements) {
                cascade(violations, path + "[" + i++ + "]", element);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, element) -> cascade(violations, path + "[" + key + "]", element));
        } else if (value != null) {
            violations.add(Violations.NO_INDEX, path, validator.validate(value, updateGroups));
        }
    }

    @Override
    public String toString() {
        return "BeanValidationWriteListener[insert=" + Groups.describe(insertGroups) + ", update="
                + Groups.describe(updateGroups) + "]";
    }
}
