package io.toasty.it;

import io.toasty.model.Auto;
import io.toasty.model.Key;
import io.toasty.model.Model;

/** A record that refers to a {@link Person}; the tests add the foreign key by hand, as relations do not exist yet. */
@Model
public record Ledger(@Key @Auto Long id, long personId, String memo) {
    public Ledger(long personId, String memo) {
        this(null, personId, memo);
    }
}
