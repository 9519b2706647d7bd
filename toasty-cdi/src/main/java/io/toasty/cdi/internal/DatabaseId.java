package io.toasty.cdi.internal;

import io.toasty.cdi.Database;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import java.lang.annotation.Annotation;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/** One database of the application: the default one (no name) or one named by {@link Database}. */
record DatabaseId(Optional<String> name) {
    static final DatabaseId DEFAULT = new DatabaseId(Optional.empty());

    /** The default database first, then the named ones by name. */
    static final Comparator<DatabaseId> ORDER = Comparator.comparing(
                    (DatabaseId id) -> id.name().isPresent())
            .thenComparing(id -> id.name().orElse(""));

    static DatabaseId named(String name) {
        return new DatabaseId(Optional.of(name));
    }

    boolean isDefault() {
        return name.isEmpty();
    }

    /** The qualifier of this database's {@code DataSource} and {@code Toasty}: {@code @Default} or {@code @Database}. */
    Annotation qualifier() {
        return name.<Annotation>map(Database.Literal::of).orElse(Default.Literal.INSTANCE);
    }

    /** The qualifiers of this database's {@code Toasty} bean. */
    Set<Annotation> toastyQualifiers() {
        return Set.of(qualifier(), Any.Literal.INSTANCE);
    }

    /** The qualifiers of a {@code Repository} bean of a model of this database: it is injectable without qualifier too. */
    Set<Annotation> repositoryQualifiers() {
        return isDefault()
                ? Set.of(Default.Literal.INSTANCE, Any.Literal.INSTANCE)
                : Set.of(Default.Literal.INSTANCE, qualifier(), Any.Literal.INSTANCE);
    }

    /** The configuration key of {@code setting} for this database: {@code toasty.models}, {@code toasty.database.orders.models}. */
    String key(String setting) {
        return name.map(n -> "toasty.database." + n + "." + setting).orElse("toasty." + setting);
    }

    /** How messages name it: {@code the default database}, {@code database 'orders'}. */
    @Override
    public String toString() {
        return name.map(n -> "database '" + n + "'").orElse("the default database");
    }

    /** How code names its qualifier in messages: {@code without qualifier}, {@code with @Database("orders")}. */
    String qualifierText() {
        return name.map(n -> "with @Database(\"" + n + "\")").orElse("without qualifier");
    }
}
