package io.toasty.writes;

import io.toasty.Deferred;
import io.toasty.model.Auto;
import io.toasty.model.Key;
import io.toasty.model.Model;

/** A class with a large text and bytes that queries read only when asked. */
@Model
public class Article {
    @Key
    @Auto
    Long id;

    String title;

    Deferred<String> body;

    Deferred<byte[]> cover;

    Article() {}

    Article(String title, String body) {
        this.title = title;
        this.body = Deferred.of(body);
        this.cover = Deferred.of(new byte[] {1, 2, 3});
    }
}
