package io.toasty.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The column holds no duplicate values: the schema gets a unique constraint, and an insert or update that would
 * break it fails with {@link io.toasty.DuplicateKeyException} naming the constraint and the field. For a unique
 * combination of several columns, use {@link Index#unique()} on {@link Model#indexes()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Unique {}
