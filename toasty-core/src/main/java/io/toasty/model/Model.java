package io.toasty.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class or a record as a model stored in one table.
 *
 * <p>Every non-static, non-{@code transient} field (every component of a record) is a column. A class needs a
 * non-private no-argument constructor, and each field must be non-private or have a non-private getter and setter.
 * The table is named after the type in snake case, pluralized ({@code OrderLine} is stored in {@code order_lines})
 * unless {@link #table()} says otherwise.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Model {
    /** The table name; empty means the snake-case plural of the type's simple name. */
    String table() default "";

    /** Indexes over one or more columns, declared on the model; see {@link Index}. */
    Index[] indexes() default {};
}
