package io.toasty.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Overrides how a field is stored. Every attribute is optional; the defaults are what Toasty does without the
 * annotation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Column {
    /** The column name; empty means the field name in snake case. */
    String name() default "";

    /**
     * Whether the column accepts null. By default primitives, keys and fields annotated with a {@code NotNull},
     * {@code NonNull} or {@code Nonnull} annotation (of any package) are {@code NOT NULL}, other fields nullable.
     * Setting {@code false} here makes a reference-typed field {@code NOT NULL}.
     */
    boolean nullable() default true;

    /**
     * The maximum length of a {@code String} column, in characters; 0 means unbounded. Longer values are refused
     * before any SQL is sent.
     */
    int length() default 0;

    /** The precision of a {@code BigDecimal} or {@code BigInteger} column; 0 means the dialect's default. */
    int precision() default 0;

    /** The scale of a {@code BigDecimal} column; used when {@link #precision()} is set. */
    int scale() default 0;

    /**
     * The name this column had before, so that a migration generator renames the column instead of dropping it and
     * adding a new one (which loses its data). Remove the hint once every database has been migrated.
     */
    String renamedFrom() default "";

    /**
     * The SQL expression of the column's default, such as {@code 0} or {@code 'new'}, as written after
     * {@code DEFAULT} in DDL. The database fills it into existing rows when a migration adds the column, which is
     * what lets a {@code NOT NULL} column be added to a table that has rows. Empty means no default. Toasty's own
     * inserts always write every column, so the default does not apply to them.
     */
    String defaultValue() default "";
}
