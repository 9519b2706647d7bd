package io.toasty.writes;

import io.toasty.model.CreatedAt;
import io.toasty.model.Key;
import io.toasty.model.Model;

/** A model whose @CreatedAt field cannot hold a timestamp. */
@Model
public class BadStamp {
    @Key
    long id;

    @CreatedAt
    String created;
}
