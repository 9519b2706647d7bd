package io.toasty.migrate.it;

import io.toasty.model.Auto;
import io.toasty.model.Column;
import io.toasty.model.Index;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.Unique;

/** The accounts table, changed: a wider email, full_name renamed with a hint, a new NOT NULL column, an index. */
@Model(table = "accounts")
public class AccountV2 {
    @Key
    @Auto
    Long id;

    @Unique
    @Column(nullable = false, length = 200)
    String email;

    @Column(renamedFrom = "full_name")
    String name;

    @Index
    String country;

    @Column(nullable = false, defaultValue = "0")
    int score;
}
