package io.toasty.internal.meta;

/**
 * What the annotations on one model field say.
 *
 * @param key {@code @Key}
 * @param auto {@code @Auto}
 * @param unique {@code @Unique}
 * @param index {@code @Index} on the field
 * @param indexHasFields whether that {@code @Index} wrongly lists fields
 * @param version {@code @Version}
 * @param json {@code @Json}
 * @param enumOrdinal {@code @EnumOrdinal}
 * @param converter the class name in {@code @Convert}, or null
 * @param column {@code @Column(name)}, or empty
 * @param notNull {@code @Column(nullable = false)}, or an annotation named NotNull, NonNull or Nonnull
 * @param length {@code @Column(length)}
 * @param precision {@code @Column(precision)}
 * @param scale {@code @Column(scale)}
 */
public record FieldAnnotations(
        boolean key,
        boolean auto,
        boolean unique,
        boolean index,
        boolean indexHasFields,
        boolean version,
        boolean json,
        boolean enumOrdinal,
        String converter,
        String column,
        boolean notNull,
        int length,
        int precision,
        int scale) {

    /** Whether an annotation with this simple name marks a field as not null. */
    public static boolean isNotNullAnnotation(String simpleName) {
        return simpleName.equals("NotNull") || simpleName.equals("NonNull") || simpleName.equals("Nonnull");
    }
}
