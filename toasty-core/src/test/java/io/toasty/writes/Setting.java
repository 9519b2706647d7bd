package io.toasty.writes;

import io.toasty.model.Index;
import io.toasty.model.Key;
import io.toasty.model.Model;

/** A record with a natural key and a named composite unique constraint. */
@Model(
        indexes =
                @Index(
                        name = "uk_settings_scope_label",
                        fields = {"scope", "label"},
                        unique = true))
public record Setting(@Key String name, String scope, String label, String value) {}
