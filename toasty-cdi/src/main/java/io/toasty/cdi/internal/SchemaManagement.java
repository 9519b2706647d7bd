package io.toasty.cdi.internal;

import io.toasty.Toasty;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What the extension does with a database's tables when it builds its {@link Toasty} at startup. */
enum SchemaManagement {
    NONE,
    CREATE,
    DROP_AND_CREATE,
    VALIDATE;

    /** The configuration value: {@code none}, {@code create}, {@code drop-and-create}, {@code validate}. */
    String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The setting of {@code value}, or empty when it is none of the four. */
    static Optional<SchemaManagement> parse(String value) {
        return Arrays.stream(values())
                .filter(candidate -> candidate.value().equals(value.trim().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /** {@code none, create, drop-and-create or validate}. */
    static String choices() {
        String all = Arrays.stream(values()).map(SchemaManagement::value).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }

    /** Applies this setting to {@code toasty}'s tables. */
    void apply(Toasty toasty) {
        switch (this) {
            case NONE -> {}
            case CREATE -> toasty.schema().create();
            case DROP_AND_CREATE -> {
                toasty.schema().drop();
                toasty.schema().create();
            }
            case VALIDATE -> toasty.schema().validate();
        }
    }
}
