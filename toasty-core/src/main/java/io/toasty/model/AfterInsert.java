package io.toasty.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Called on each object of {@code insert}, {@code insertAll} and a batch insert once the statement ran, with its
 * generated values, inside the caller's transaction if any. Not called after an upsert, which cannot tell an inserted
 * row from an updated one.
 *
 * <p>A lifecycle hook is an instance method of the model class itself, not private nor static, with no parameters,
 * returning void and throwing only unchecked exceptions; a model has at most one method per hook, and one method may
 * carry several hook annotations. The annotation processor calls it from the generated accessor, without reflection.
 * Set-based writes ({@code query().update(...)}, {@code query().delete()}, {@code deleteByKey}) have no objects and
 * run no model hooks: use a {@link io.toasty.spi.WriteListener} for them.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AfterInsert {}
