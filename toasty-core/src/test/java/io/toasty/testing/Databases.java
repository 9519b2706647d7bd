package io.toasty.testing;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContext;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContextProvider;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs a {@link DatabaseTest} class once per database it names. Each run opens its {@link TestDatabase} before the
 * class's first test, hands it to constructors and methods that ask for one, empties it after each test, and removes
 * it after the class.
 */
final class Databases implements ClassTemplateInvocationContextProvider {
    /** Narrows every class to the databases it lists, separated by commas. */
    static final String SELECTION_PROPERTY = "toasty.test.databases";

    private static final Set<String> KNOWN = Set.of(TestDatabase.H2, TestDatabase.POSTGRESQL);
    private static final Namespace NAMESPACE = Namespace.create(Databases.class);

    @Override
    public boolean supportsClassTemplate(ExtensionContext context) {
        return AnnotationSupport.isAnnotated(context.getTestClass(), DatabaseTest.class);
    }

    @Override
    public Stream<? extends ClassTemplateInvocationContext> provideClassTemplateInvocationContexts(
            ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        DatabaseTest annotation = AnnotationSupport.findAnnotation(testClass, DatabaseTest.class)
                .orElseThrow(() -> new IllegalStateException(testClass.getName() + " is not a @DatabaseTest"));
        return select(annotation.value(), System.getProperty(SELECTION_PROPERTY)).stream()
                .map(Run::new);
    }

    @Override
    public boolean mayReturnZeroClassTemplateInvocationContexts(ExtensionContext context) {
        return System.getProperty(SELECTION_PROPERTY) != null;
    }

    /** The databases of {@code declared} that the selection property, when set, also lists. */
    static List<String> select(String[] declared, String selection) {
        List<String> names = new ArrayList<>();
        for (String name : declared) {
            if (!KNOWN.contains(name)) {
                throw new IllegalArgumentException("@DatabaseTest names an unknown database '" + name + "': use \""
                        + TestDatabase.H2 + "\" or \"" + TestDatabase.POSTGRESQL + "\"");
            }
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        if (selection != null) {
            List<String> selected =
                    Arrays.stream(selection.split(",")).map(String::trim).toList();
            names.retainAll(selected);
        }
        return names;
    }

    /** A name for a class's database that is unique and says whose it is: {@code databasestest_1f0c2a9b}. */
    private static String label(Class<?> testClass) {
        String name = testClass.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (name.length() > 40) {
            name = name.substring(0, 40);
        }
        return name + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** One run of a class on one database. */
    private static final class Run implements ClassTemplateInvocationContext, ParameterResolver, AfterEachCallback {
        private final String name;
        private volatile TestDatabase database;

        Run(String name) {
            this.name = name;
        }

        @Override
        public String getDisplayName(int invocationIndex) {
            return "[" + name + "]";
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(this);
        }

        @Override
        public void prepareInvocation(ExtensionContext context) {
            String label = label(context.getRequiredTestClass());
            try {
                Sandbox sandbox = name.equals(TestDatabase.H2)
                        ? H2Sandbox.create(label)
                        : PostgresSandbox.create(PostgresServer.shared(context), label);
                database = TestDatabase.open(name, sandbox);
            } catch (SQLException e) {
                throw new IllegalStateException(
                        "Could not open the " + name + " database for "
                                + context.getRequiredTestClass().getName() + ": " + e.getMessage(),
                        e);
            }
            AutoCloseable closer = database::close;
            context.getStore(NAMESPACE).put(TestDatabase.class, closer);
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == TestDatabase.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return database;
        }

        @Override
        public void afterEach(ExtensionContext context) throws SQLException {
            database.afterEach();
        }
    }
}
