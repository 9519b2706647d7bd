package io.toasty.cdi.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.config.PropertiesConfigSource;
import io.toasty.cdi.Database;
import io.toasty.cdi.ToastyCdi;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.spi.DefinitionException;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.Extension;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.jboss.weld.bootstrap.spi.BeanDiscoveryMode;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * One scenario's Weld SE deployment: discovery off (so Toasty's extension is added explicitly), the given beans,
 * {@code DataSource} beans, and MicroProfile Config (SmallRye) with the given properties. The application's models are
 * those nested in the scenario class: the other scenarios' models, which share the test class path and its model
 * index, stay out (see {@link ScenarioClassLoader}).
 */
public final class Deployment {
    private final Map<String, String> properties = new LinkedHashMap<>();
    private final DataSourceBeans dataSources = new DataSourceBeans();
    private final List<Class<?>> beans = new ArrayList<>();
    private final List<Extension> extensions = new ArrayList<>();
    private ClassLoader classLoader = Deployment.class.getClassLoader();
    private BeanDiscoveryMode discoveryMode = BeanDiscoveryMode.ANNOTATED;

    private final Class<?> scenario;

    private Deployment(Class<?> scenario) {
        this.scenario = scenario;
    }

    /** A deployment whose models are those nested in {@code scenario}. */
    public static Deployment of(Class<?> scenario) {
        return new Deployment(scenario);
    }

    /** Sets a configuration property; a null value removes it. */
    public Deployment config(String key, String value) {
        if (value == null) {
            properties.remove(key);
        } else {
            properties.put(key, value);
        }
        return this;
    }

    /** Adds the default database's {@code DataSource} bean, without qualifier. */
    public Deployment dataSource(DataSource dataSource) {
        dataSources.add(Default.Literal.INSTANCE, dataSource);
        return this;
    }

    /** Adds the {@code DataSource} bean of the database {@code name}, qualified {@code @Database(name)}. */
    public Deployment dataSource(String name, DataSource dataSource) {
        dataSources.add(Database.Literal.of(name), dataSource);
        return this;
    }

    public Deployment beans(Class<?>... classes) {
        beans.addAll(List.of(classes));
        return this;
    }

    public Deployment extension(Extension extension) {
        extensions.add(extension);
        return this;
    }

    /** Scans the bean classes in full, as a bean archive with {@code bean-discovery-mode="all"} is. */
    public Deployment discoverAll() {
        discoveryMode = BeanDiscoveryMode.ALL;
        return this;
    }

    /** Makes the classes and resources of {@code loader} visible to the application, through the context class loader. */
    public Deployment classLoader(ClassLoader loader) {
        classLoader = loader;
        return this;
    }

    /** Starts the container; close it after the test. */
    public Running start() {
        Weld weld = new Weld("toasty-test-" + UUID.randomUUID())
                .disableDiscovery()
                .skipShutdownHook()
                .setBeanDiscoveryMode(discoveryMode)
                .addExtension(ToastyCdi.extension())
                .addExtension(dataSources);
        extensions.forEach(weld::addExtension);
        beans.forEach(weld::addBeanClass);
        if (beans.isEmpty()) {
            weld.addBeanClass(Placeholder.class); // Weld SE refuses a deployment without any bean archive
        }

        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // a class loader of its own, so that this deployment has a configuration and a model index of its own
        ClassLoader application = new ScenarioClassLoader(classLoader, scenario);
        ConfigProviderResolver resolver = ConfigProviderResolver.instance();
        Config config = resolver.getBuilder()
                .withSources(new PropertiesConfigSource(properties, "test", 500))
                .build();
        resolver.registerConfig(config, application);
        thread.setContextClassLoader(application);
        try {
            return new Running(weld.initialize(), config);
        } catch (RuntimeException | Error e) {
            resolver.releaseConfig(config);
            throw e;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * Starts the container, expecting the deployment to fail, and returns the messages of the problems reported, one
     * per problem.
     */
    public List<String> failure() {
        RuntimeException failure = assertThrows(RuntimeException.class, this::start);
        if (!(failure instanceof DeploymentException || failure instanceof DefinitionException)) {
            throw new AssertionError("expected a deployment or definition error", failure);
        }
        return problems(failure);
    }

    /** The problems the container lists in {@code failure}, which it wraps them in (one as its cause). */
    private static List<String> problems(RuntimeException failure) {
        List<Throwable> problems = new ArrayList<>();
        if (failure.getCause() != null) {
            problems.add(failure.getCause());
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (problems.stream().noneMatch(problem -> problem == suppressed)) {
                problems.add(suppressed);
            }
        }
        List<String> messages = new ArrayList<>();
        problems.forEach(problem -> messages.add(problem.getMessage()));
        if (messages.isEmpty()) {
            messages.add(failure.getMessage());
        }
        return messages;
    }

    /** The one bean of a scenario whose application has no bean of its own. */
    @Dependent
    static class Placeholder {}

    /** A started deployment. */
    public static final class Running implements AutoCloseable {
        private final WeldContainer container;
        private final Config config;

        private Running(WeldContainer container, Config config) {
            this.container = container;
            this.config = config;
        }

        /** The bean of {@code type} with {@code qualifiers}. */
        public <T> T get(Class<T> type, Annotation... qualifiers) {
            return container.select(type, qualifiers).get();
        }

        public WeldContainer container() {
            return container;
        }

        @Override
        public void close() {
            try {
                container.shutdown();
            } finally {
                ConfigProviderResolver.instance().releaseConfig(config);
            }
        }
    }
}
