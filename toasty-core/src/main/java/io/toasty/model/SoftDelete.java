package io.toasty.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a model soft-deleting: marks its nullable deleted-at timestamp field ({@code Instant},
 * {@code OffsetDateTime} or {@code LocalDateTime}). Deletes set it to the database's current time instead of
 * removing the row, and every read (find, get, queries, counts, set-based writes, relations, includes and
 * conditions through relations) leaves out rows where it is set, unless asked with {@code withDeleted()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface SoftDelete {}
