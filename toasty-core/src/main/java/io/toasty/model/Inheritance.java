package io.toasty.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a {@link Model} class the base of a single-table hierarchy: its {@code @Model} subclasses are stored in its
 * table, told apart by a discriminator column that Toasty writes on every insert.
 *
 * <p>A query of the base model returns instances of the right subclasses, read in one statement; a query of a
 * subclass reads only its rows (and those of its own subclasses). Subclasses share the base's key and table, and
 * their own fields are nullable columns of the table, which Toasty checks itself before a write when the field is
 * not nullable in Java. Each class of the hierarchy names its rows with {@link DiscriminatorValue}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Inheritance {
    /** The discriminator column, {@code NOT NULL} in the table; {@code type} unless set. */
    String discriminator() default "type";
}
