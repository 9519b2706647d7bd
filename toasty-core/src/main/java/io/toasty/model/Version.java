package io.toasty.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The field ({@code int}, {@code long}, {@code Integer} or {@code Long}) holds the row's version for optimistic
 * locking. Insert sets it to 1; every update checks that the row still has the version the object holds and
 * increments it, or fails with {@link io.toasty.OptimisticLockException}. At most one per model.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Version {}
