package io.toasty.migrate.it;

import io.toasty.model.Auto;
import io.toasty.model.Column;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.Unique;

/** The accounts table without country, and name renamed without a hint: a destructive migration. */
@Model(table = "accounts")
public class AccountV3 {
    @Key
    @Auto
    Long id;

    @Unique
    @Column(nullable = false, length = 200)
    String email;

    String displayName;

    @Column(nullable = false, defaultValue = "0")
    int score;
}
