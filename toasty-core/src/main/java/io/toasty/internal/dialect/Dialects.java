package io.toasty.internal.dialect;

import io.toasty.UnsupportedFeatureException;

/** Finds the dialect of a database from the name its driver reports. */
public final class Dialects {
    private Dialects() {}

    /** The dialect for {@code DatabaseMetaData.getDatabaseProductName()}. */
    public static Dialect forProduct(String productName) {
        return switch (productName) {
            case "PostgreSQL" -> new PostgresDialect();
            case "H2" -> new H2Dialect();
            default ->
                throw new UnsupportedFeatureException("Toasty has no dialect for the database '" + productName
                        + "': supported are PostgreSQL and H2");
        };
    }
}
