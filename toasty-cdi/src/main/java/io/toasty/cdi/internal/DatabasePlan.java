package io.toasty.cdi.internal;

import java.util.List;

/**
 * What the extension builds for one database: a {@code Toasty} over these models, with this schema management, set by
 * the configuration key {@code schemaKey}, and where its migrations are for {@code migrate}.
 */
record DatabasePlan(
        DatabaseId id,
        List<Class<?>> models,
        SchemaManagement schemaManagement,
        String schemaKey,
        String migrationLocation) {
    DatabasePlan {
        models = List.copyOf(models);
    }

    /** {@code com.acme.User, com.acme.Post}, for messages. */
    String modelNames() {
        return String.join(", ", models.stream().map(Class::getName).toList());
    }
}
