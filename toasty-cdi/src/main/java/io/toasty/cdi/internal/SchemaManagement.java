package io.toasty.cdi.internal;

import io.toasty.Toasty;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** What the extension does with a database's tables when it builds its {@link Toasty} at startup. */
enum SchemaManagement {
    NONE,
    CREATE,
    DROP_AND_CREATE,
    VALIDATE,
    MIGRATE;

    /**
     * The configuration value: {@code none}, {@code create}, {@code drop-and-create}, {@code validate},
     * {@code migrate}.
     */
    String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The setting of {@code value}, or empty when it is none of them. */
    static Optional<SchemaManagement> parse(String value) {
        return Arrays.stream(values())
                .filter(candidate -> candidate.value().equals(value.trim().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /** {@code none, create, drop-and-create, validate or migrate}. */
    static String choices() {
        String all = Arrays.stream(values()).map(SchemaManagement::value).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }

    /** Applies this setting to {@code toasty}'s tables; {@code migrate} applies the migrations of the plan's location. */
    void apply(Toasty toasty, DataSource dataSource, DatabasePlan plan) {
        switch (this) {
            case NONE -> {}
            case CREATE -> toasty.schema().create();
            case DROP_AND_CREATE -> {
                toasty.schema().drop();
                toasty.schema().create();
            }
            case VALIDATE -> toasty.schema().validate();
            case MIGRATE -> Migrations.up(dataSource, plan);
        }
    }
}
