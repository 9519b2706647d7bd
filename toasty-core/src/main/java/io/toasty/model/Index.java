package io.toasty.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An index. On a field it indexes that column and {@link #fields()} must be left empty; in
 * {@link Model#indexes()} it names the fields (Java field names, in order) of a composite index.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Index {
    /** The indexed fields, for an index declared on the model; empty on a field. */
    String[] fields() default {};

    /** Whether the index is also a unique constraint. */
    boolean unique() default false;

    /** The index name; empty means {@code ix_<table>_<columns>} ({@code uk_} for unique ones). */
    String name() default "";
}
