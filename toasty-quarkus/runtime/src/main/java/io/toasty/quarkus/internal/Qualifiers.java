package io.toasty.quarkus.internal;

import io.quarkus.agroal.DataSource;
import jakarta.enterprise.inject.Default;
import java.lang.annotation.Annotation;

/** The qualifier of a datasource's beans: {@code @Default} for the default datasource, Agroal's {@code @DataSource}. */
public final class Qualifiers {
    /** Quarkus' name of the default datasource. */
    public static final String DEFAULT = "<default>";

    private Qualifiers() {}

    /** Whether {@code dataSource} names the default datasource. */
    public static boolean isDefault(String dataSource) {
        return DEFAULT.equals(dataSource);
    }

    static Annotation of(String dataSource) {
        return isDefault(dataSource) ? Default.Literal.INSTANCE : new DataSource.DataSourceLiteral(dataSource);
    }

    /** {@code the default datasource} or {@code the datasource "name"}, for messages. */
    public static String describe(String dataSource) {
        return isDefault(dataSource) ? "the default datasource" : "the datasource \"" + dataSource + "\"";
    }
}
