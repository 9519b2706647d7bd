package io.toasty.model;

import io.toasty.spi.ValueCodec;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores a field of an application type through a {@link ValueCodec}, which turns it into one of the types Toasty
 * stores natively. The codec class needs a public no-argument constructor.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Convert {
    /** The codec that converts this field's values. */
    Class<? extends ValueCodec<?, ?>> value();
}
