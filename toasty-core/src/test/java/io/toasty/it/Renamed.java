package io.toasty.it;

import io.toasty.model.Column;
import io.toasty.model.Key;
import io.toasty.model.Model;

/** A model whose column carries a rename hint and a default, for the schema description. */
@Model(table = "renamed")
public record Renamed(
        @Key long id,
        @Column(renamedFrom = "full_name") String name,
        @Column(nullable = false, defaultValue = "0") Integer score) {}
