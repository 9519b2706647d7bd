package io.toasty.internal.meta;

import io.toasty.MappingException;
import io.toasty.model.CreatedAt;
import io.toasty.model.UpdatedAt;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;

/**
 * Which fields of a model the database's clock sets ({@link CreatedAt}, {@link UpdatedAt}), read once at startup
 * from the model's annotations.
 */
public enum ClockField {
    /** A field the object sets. */
    NONE,
    /** Set to {@code CURRENT_TIMESTAMP} on insert only. */
    CREATED,
    /** Set to {@code CURRENT_TIMESTAMP} on insert and on every update. */
    UPDATED;

    private static final Set<ValueKind> TIME_KINDS =
            Set.of(ValueKind.INSTANT, ValueKind.OFFSET_DATE_TIME, ValueKind.LOCAL_DATE_TIME);

    /**
     * The clock role of each field of {@code meta}, by position in {@link ModelMeta#fields()}.
     *
     * @throws MappingException when an annotated field cannot hold a timestamp, is a key or a version, or has both
     */
    public static ClockField[] of(ModelMeta<?> meta) {
        ClockField[] roles = new ClockField[meta.fields().size()];
        Arrays.fill(roles, NONE);
        for (int i = 0; i < roles.length; i++) {
            FieldMeta field = meta.fields().get(i);
            AnnotatedElement element = element(meta.declaringType(field), field.name());
            if (element == null) {
                continue;
            }
            boolean created = element.isAnnotationPresent(CreatedAt.class);
            boolean updated = element.isAnnotationPresent(UpdatedAt.class);
            if (!created && !updated) {
                continue;
            }
            String annotation = created ? "@CreatedAt" : "@UpdatedAt";
            if (created && updated) {
                throw new MappingException(field.qualifiedName() + " is both @CreatedAt and @UpdatedAt: keep one");
            }
            if (!TIME_KINDS.contains(field.kind())) {
                throw new MappingException(field.qualifiedName() + " is " + annotation + " but has type "
                        + field.type().getName() + ": use Instant, OffsetDateTime or LocalDateTime");
            }
            if (field.key() || field.version()) {
                throw new MappingException(field.qualifiedName() + " is " + annotation + " and "
                        + (field.key() ? "@Key" : "@Version") + ": a timestamp is neither");
            }
            roles[i] = created ? CREATED : UPDATED;
        }
        return roles;
    }

    /** The field or record component {@code name} of {@code type}, or null. */
    static AnnotatedElement element(Class<?> type, String name) {
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals(name)) {
                    return component;
                }
            }
            return null;
        }
        for (Class<?> at = type; at != null && at != Object.class; at = at.getSuperclass()) {
            try {
                return at.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return null;
    }
}
