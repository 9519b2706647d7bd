package io.toasty.it.rel;

import io.toasty.model.Auto;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.OnDelete;
import io.toasty.model.Relation;
import io.toasty.relation.BelongsTo;

@Model
public class Book {
    @Key
    @Auto
    public Long id;

    public String title;
    public String room;
    public Integer shelfNumber;

    @Relation(
            key = {"room", "shelfNumber"},
            onDelete = OnDelete.SET_NULL)
    public BelongsTo<Shelf> shelf = BelongsTo.notLoaded();

    public Book() {}

    public Book(String title, Shelf shelf) {
        this.title = title;
        this.room = shelf == null ? null : shelf.room;
        this.shelfNumber = shelf == null ? null : shelf.number;
    }
}
