package io.toasty.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The field, of any type Jackson can write and read back, is stored as JSON ({@code jsonb} on PostgreSQL,
 * {@code JSON} on H2). Needs {@code com.fasterxml.jackson.core:jackson-databind} on the class path.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Json {}
