package io.toasty.migrate.it;

import io.toasty.model.Auto;
import io.toasty.model.Column;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.Unique;

/** The first version of the accounts table. */
@Model(table = "accounts")
public class AccountV1 {
    @Key
    @Auto
    Long id;

    @Unique
    @Column(nullable = false, length = 100)
    String email;

    String fullName;

    String country;
}
