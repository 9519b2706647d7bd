package io.toasty.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value of this key field is generated on insert: by the database (an identity column) for {@code int},
 * {@code long}, {@code Integer} and {@code Long} fields, or by Toasty as a time-ordered UUID version 7 for
 * {@link java.util.UUID} fields. Insert fills the generated value into the object it returns.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Auto {}
