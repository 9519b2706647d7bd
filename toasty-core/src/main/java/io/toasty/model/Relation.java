package io.toasty.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a relation field; the field's type says its kind: {@link io.toasty.relation.BelongsTo},
 * {@link io.toasty.relation.HasMany} or {@link io.toasty.relation.HasOne}.
 *
 * <ul>
 *   <li>belongs-to: {@code @Relation(key = "authorId") BelongsTo<User> author;} names the plain foreign-key
 *       field(s) of this model, one per key field of the target, in key order. The foreign key stays a field of its
 *       own, so that writes stay explicit; the relation only refers to it.
 *   <li>has-many and has-one: {@code @Relation(mappedBy = "author") HasMany<Post> posts;} names the belongs-to
 *       relation of the target that points back here.
 *   <li>many-to-many through a join model: {@code @Relation(through = "memberships", via = "group") HasMany<Group>
 *       groups;} names a has-many relation of this model to the join model, and the join model's belongs-to
 *       relation to the target.
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Relation {
    /** For has-many and has-one: the target's belongs-to relation that points back to this model. */
    String mappedBy() default "";

    /** For belongs-to: the foreign-key field(s) of this model, one per key field of the target, in key order. */
    String[] key() default {};

    /** For belongs-to: what the database does to this row when the target row is deleted. */
    OnDelete onDelete() default OnDelete.NO_ACTION;

    /** For many-to-many: this model's has-many relation to the join model. */
    String through() default "";

    /** For many-to-many: the join model's belongs-to relation to the target. */
    String via() default "";
}
