package io.toasty.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value of the discriminator column (see {@link Inheritance}) that marks rows of this model class. Without it,
 * a class of a hierarchy is marked with its simple name ({@code Car}). Values are unique within a hierarchy.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DiscriminatorValue {
    /** The value stored in the discriminator column; not empty. */
    String value();
}
