package io.toasty.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The field ({@code Instant}, {@code OffsetDateTime} or {@code LocalDateTime}) holds when the row was inserted, by
 * the database's clock: insert, insertAll and the insert of an upsert write {@code CURRENT_TIMESTAMP} and read the
 * value back; updates never change it. The value an object holds is ignored on insert, since the database sets it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface CreatedAt {}
