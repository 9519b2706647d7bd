package io.toasty.cdi;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Objects;

/**
 * Names one of several databases of an application. A CDI qualifier: put it on the {@code DataSource} producer of
 * that database, and inject its {@code Toasty} with it.
 *
 * <pre>{@code
 * @Produces @ApplicationScoped @Database("orders")
 * DataSource orders() { ... }
 *
 * @Inject @Database("orders") Toasty ordersToasty;
 * @Inject Repository<Order> orders;          // Order lives in "orders": no qualifier needed
 * }</pre>
 *
 * <p>Each model lives in exactly one database, chosen in this order: the model's own {@code @Database} annotation;
 * else the database whose {@code models} setting matches it most closely (for example
 * {@code toasty.database.orders.models=com.acme.orders.*}, which wins over {@code toasty.models=com.acme.*}); else,
 * unless {@code toasty.models} is set, the default database, whose {@code DataSource} has no qualifier. A
 * {@code Repository<T>} bean carries both {@code @Default} and the {@code @Database} of its model's database, so it is
 * injected with or without the qualifier.
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
public @interface Database {
    /** The name of the database, as in the configuration keys {@code toasty.database.<name>.*}. */
    String value();

    /** An instance of {@link Database}, for programmatic lookup: {@code instance.select(Database.Literal.of("orders"))}. */
    final class Literal extends AnnotationLiteral<Database> implements Database {
        private static final long serialVersionUID = 1L;

        private final String value;

        private Literal(String value) {
            this.value = value;
        }

        /**
         * The qualifier of the database named {@code name}.
         *
         * @throws IllegalArgumentException when {@code name} is blank
         */
        public static Literal of(String name) {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("A database name must not be blank");
            }
            return new Literal(name);
        }

        @Override
        public String value() {
            return value;
        }
    }
}
