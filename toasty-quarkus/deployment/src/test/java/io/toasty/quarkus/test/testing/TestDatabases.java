package io.toasty.quarkus.test.testing;

import io.quarkus.test.QuarkusExtensionTest;
import io.toasty.model.Model;
import io.toasty.spi.ModelCheck;
import io.toasty.testing.SharedPostgres;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/**
 * Points a scenario's datasources at the database of this test run: the system property
 * {@code toasty.quarkus.test.database} is {@code h2} (an in-memory database of the scenario's own) or
 * {@code postgresql} (a schema of its own on the harness's server: the local one, {@code TOASTY_TEST_PG_URL}, or an
 * embedded one). The build runs every scenario once on each.
 */
public final class TestDatabases {
    private TestDatabases() {}

    /** The database of this run: {@code h2} or {@code postgresql}. */
    public static String current() {
        return System.getProperty("toasty.quarkus.test.database", "h2");
    }

    /** Whether this run is on PostgreSQL. */
    public static boolean postgresql() {
        return current().equals("postgresql");
    }

    /**
     * A deployment of {@code classes} (with the accessor and metamodel the annotation processor generated for each
     * model among them) whose default datasource is on this run's database.
     */
    public static QuarkusExtensionTest app(Class<?> scenario, Class<?>... classes) {
        return app(scenario, jar -> {}, classes);
    }

    /** Like {@link #app(Class, Class...)}, with more done to the application's archive, such as adding resources. */
    public static QuarkusExtensionTest app(Class<?> scenario, Consumer<JavaArchive> more, Class<?>... classes) {
        QuarkusExtensionTest test = new QuarkusExtensionTest().withApplicationRoot(jar -> {
            more.accept(jar);
            jar.addClasses(scenario, TestDatabases.class, Database.class, CapturedLog.class);
            for (Class<?> type : classes) {
                jar.addClass(type);
                if (type.isAnnotationPresent(Model.class)) {
                    String accessor = ModelCheck.accessorName(type);
                    jar.addClass(accessor);
                    jar.addClass(accessor.substring(0, accessor.length() - "Accessor".length()));
                }
            }
        });
        // SmallRye Health brings an HTTP server: on a free port, as other builds may hold Quarkus' test port
        test.overrideConfigKey("quarkus.http.test-port", "0");
        return configure(test, scenario, "quarkus.datasource.", scenario.getSimpleName());
    }

    /** Also configures the named datasource {@code name} of {@code test} on this run's database. */
    public static QuarkusExtensionTest named(QuarkusExtensionTest test, Class<?> scenario, String name) {
        return configure(test, scenario, "quarkus.datasource.\"" + name + "\".", scenario.getSimpleName() + "_" + name);
    }

    private static QuarkusExtensionTest configure(
            QuarkusExtensionTest test, Class<?> scenario, String prefix, String label) {
        properties(prefix, label).forEach(test::overrideConfigKey);
        return test;
    }

    /**
     * The settings of a default datasource on this run's database, for applications configured by their
     * {@code application.properties}, such as those of {@code QuarkusDevModeTest}.
     */
    public static Map<String, String> properties(Class<?> scenario) {
        return properties("quarkus.datasource.", scenario.getSimpleName());
    }

    private static Map<String, String> properties(String prefix, String label) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(prefix + "db-kind", "other");
        if (postgresql()) {
            Database database = schema(label);
            properties.put(prefix + "jdbc.driver", "org.postgresql.Driver");
            properties.put(prefix + "jdbc.url", database.url());
            properties.put(prefix + "username", database.user());
            if (!database.password().isEmpty()) {
                properties.put(prefix + "password", database.password());
            }
        } else {
            properties.put(prefix + "jdbc.driver", "org.h2.Driver");
            properties.put(
                    prefix + "jdbc.url",
                    "jdbc:h2:mem:" + label.toLowerCase(Locale.ROOT) + "_"
                            + UUID.randomUUID().toString().substring(0, 8) + ";DB_CLOSE_DELAY=-1");
            properties.put(prefix + "username", "sa");
        }
        return properties;
    }

    /**
     * The first {@code type} in {@code failure}'s causes and suppressed exceptions, compared by name: an exception
     * thrown by the application comes from its class loader. Fails when there is none.
     */
    public static Throwable find(Throwable failure, Class<? extends Throwable> type) {
        java.util.ArrayDeque<Throwable> pending = new java.util.ArrayDeque<>(List.of(failure));
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!pending.isEmpty()) {
            Throwable next = pending.poll();
            if (!seen.add(next)) {
                continue;
            }
            for (Class<?> kind = next.getClass(); kind != null; kind = kind.getSuperclass()) {
                if (kind.getName().equals(type.getName())) {
                    return next;
                }
            }
            if (next.getCause() != null) {
                pending.add(next.getCause());
            }
            pending.addAll(List.of(next.getSuppressed()));
        }
        throw new AssertionError("No " + type.getName() + " in " + failure, failure);
    }

    private record Database(String url, String user, String password) {}

    /**
     * A schema of its own for {@code label}, made once per test run: Quarkus loads a scenario's class again in the
     * application's class loader, whose second initialization finds the first one's schema in the system properties;
     * the schema is dropped when the JVM ends.
     */
    private static synchronized Database schema(String label) {
        String key = "toasty.quarkus.test.schema." + label;
        String known = System.getProperty(key);
        if (known != null) {
            String[] parts = known.split("\n", -1);
            return new Database(parts[0], parts[1], parts[2]);
        }
        try {
            SharedPostgres.Schema schema = SharedPostgres.newSchema("q_" + label);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    schema.close();
                } catch (SQLException e) {
                    System.err.println("Could not drop the test schema of " + label + ": " + e);
                }
            }));
            Database database = new Database(
                    schema.jdbcUrl(), schema.user(), schema.password().orElse(""));
            System.setProperty(key, database.url() + "\n" + database.user() + "\n" + database.password());
            return database;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot make a PostgreSQL schema for " + label, e);
        }
    }
}
