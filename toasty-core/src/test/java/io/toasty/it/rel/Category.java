package io.toasty.it.rel;

import io.toasty.model.Auto;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.OnDelete;
import io.toasty.model.Relation;
import io.toasty.relation.BelongsTo;
import io.toasty.relation.HasMany;

/** A tree: each category has an optional parent. */
@Model
public class Category {
    @Key
    @Auto
    public Long id;

    public String name;
    public Long parentId;

    @Relation(key = "parentId", onDelete = OnDelete.RESTRICT)
    public BelongsTo<Category> parent = BelongsTo.notLoaded();

    @Relation(mappedBy = "parent")
    public HasMany<Category> children = HasMany.notLoaded();

    public Category() {}

    public Category(String name, Category parent) {
        this.name = name;
        this.parentId = parent == null ? null : parent.id;
    }

    @Override
    public String toString() {
        return name;
    }
}
