package io.toasty.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The field ({@code Instant}, {@code OffsetDateTime} or {@code LocalDateTime}) holds when the row was last written,
 * by the database's clock: every insert, update (of objects or set-based) and upsert writes {@code
 * CURRENT_TIMESTAMP}, and the writes of objects read the value back. The value an object holds is ignored.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface UpdatedAt {}
