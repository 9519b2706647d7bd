/**
 * Bean Validation before every write: {@link io.toasty.validation.BeanValidationWriteListener} checks each object an
 * {@code insert}, {@code insertAll} or {@code update} would write, and each value a set-based update would set, and
 * refuses the write with a {@link jakarta.validation.ConstraintViolationException} before any SQL is sent.
 */
package io.toasty.validation;
