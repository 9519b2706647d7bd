package io.toasty.cdi.internal;

import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.model.Model;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.DefinitionException;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.ProcessBean;
import jakarta.enterprise.inject.spi.ProcessInjectionPoint;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InterceptorBinding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Toasty's portable extension. It finds the models in the index that Toasty's annotation processor writes into every
 * jar ({@code META-INF/toasty/models}: models are no beans, so the container may never show them), adds one
 * {@link Toasty} bean per database and one {@code Repository<T>} bean per model unless the application provides its
 * own, builds every Toasty at the end of deployment, and reports misconfiguration as deployment errors.
 *
 * <p>Public only because the container instantiates it; applications use {@link io.toasty.cdi.ToastyCdi}. One
 * instance serves one container, on the container's thread during deployment.
 */
public final class ToastyExtension implements Extension {
    private final Set<Class<?>> models = new LinkedHashSet<>();
    private final ProvidedBeans provided = new ProvidedBeans();
    private final InjectionChecks injections = new InjectionChecks();
    private final Set<DatabaseId> toastiesAdded = new HashSet<>();
    private final Set<Class<?>> repositoriesAdded = new HashSet<>();
    private final List<String> settingProblems = new ArrayList<>();
    private final Set<Class<?>> interceptorsSeen = new HashSet<>();
    private Settings settings = Settings.none();
    private List<Integration> integrations = List.of();
    private Assignment assignment;
    private boolean addingBeans;

    /** Called by the container; see {@link io.toasty.cdi.ToastyCdi#extension()}. */
    public ToastyExtension() {}

    void start(@Observes BeforeBeanDiscovery event, BeanManager beans) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        ClassLoader loader = context != null ? context : ToastyExtension.class.getClassLoader();
        settings = Settings.load(loader);
        models.addAll(ModelIndex.read(loader));
        integrations = Integration.available(settings, loader, settingProblems);
        // the integrations' jars have no beans.xml: their interceptors are deployed here (once: see below)
        for (Integration integration : integrations) {
            for (Class<?> interceptor : integration.interceptors()) {
                event.addAnnotatedType(beans.createAnnotatedType(interceptor), interceptor.getName());
            }
        }
    }

    /** A model in a bean archive scanned in full: it is data, not a bean. */
    void vetoModel(@Observes @WithAnnotations(Model.class) ProcessAnnotatedType<?> event) {
        Class<?> type = event.getAnnotatedType().getJavaClass();
        if (type.isAnnotationPresent(Model.class)) {
            models.add(type);
            event.veto();
        }
    }

    /**
     * An interceptor of an integration that the container also discovered (its jar became a bean archive) is deployed
     * once; a type with an interceptor binding, such as {@code @Transactional}, is shown to the integrations.
     */
    void processInterceptorsAndBindings(
            @Observes @WithAnnotations({Interceptor.class, InterceptorBinding.class}) ProcessAnnotatedType<?> event) {
        Class<?> type = event.getAnnotatedType().getJavaClass();
        boolean ours = integrations.stream().anyMatch(i -> i.interceptors().contains(type));
        if (ours && !interceptorsSeen.add(type)) {
            event.veto();
            return;
        }
        integrations.forEach(integration -> integration.processAnnotatedType(event));
    }

    void recordProvidedBean(@Observes ProcessBean<?> event) {
        if (!addingBeans) {
            provided.record(event.getBean());
        }
    }

    void recordInjectionPoint(@Observes ProcessInjectionPoint<?, ?> event) {
        injections.record(event.getInjectionPoint());
    }

    void addBeans(@Observes AfterBeanDiscovery event) {
        addingBeans = true;
        // a model compiled without the processor is in no index, but its injected repository names it
        injections.injectedModels().forEach(models::add);
        assignment = Assignment.of(models, settings);
        List<String> problems = new ArrayList<>(assignment.problems());
        problems.addAll(settingProblems);
        problems.sort(null);
        ToastyFactory factory = new ToastyFactory(integrations);
        problems.addAll(injections.problems(assignment, provided));
        if (!problems.isEmpty()) {
            problems.forEach(problem -> event.addDefinitionError(new DefinitionException(problem)));
            return;
        }
        for (DatabasePlan plan : assignment.plans()) {
            if (!provided.hasToasty(plan.id())) {
                addToasty(event, plan, factory);
            }
            for (Class<?> model : plan.models()) {
                if (!provided.hasRepository(model, plan.id())) {
                    addRepository(event, plan.id(), model);
                }
            }
        }
    }

    /**
     * A singleton: {@code Toasty} is a final class, which the container cannot proxy, and there is one per database.
     */
    private void addToasty(AfterBeanDiscovery event, DatabasePlan plan, ToastyFactory factory) {
        event.<Toasty>addBean()
                .id(Toasty.class.getName() + "#" + plan.id().name().orElse(""))
                .beanClass(ToastyExtension.class)
                .types(Toasty.class, Object.class)
                .qualifiers(plan.id().toastyQualifiers())
                .scope(Singleton.class)
                .produceWith(beans -> factory.create(plan, beans))
                .disposeWith((toasty, beans) -> factory.destroy(toasty));
        toastiesAdded.add(plan.id());
    }

    /**
     * Application scoped: one thread-safe instance per model, made on first use from its database's Toasty (which may
     * be the application's own); its client proxy is serializable, so that beans of passivating scopes can inject it.
     */
    private void addRepository(AfterBeanDiscovery event, DatabaseId database, Class<?> model) {
        event.<Repository<?>>addBean()
                .id(Repository.class.getName() + "#" + model.getName())
                .beanClass(ToastyExtension.class)
                .types(new RepositoryType(model), Object.class)
                .qualifiers(database.repositoryQualifiers())
                .scope(ApplicationScoped.class)
                .produceWith(beans ->
                        beans.select(Toasty.class, database.qualifier()).get().repository(model));
        repositoriesAdded.add(model);
    }

    void buildAtStartup(@Observes AfterDeploymentValidation event, BeanManager beans) {
        if (assignment == null) {
            return; // no AfterBeanDiscovery: nothing was added
        }
        Startup.run(beans, assignment.plans(), toastiesAdded, repositoriesAdded, injections)
                .forEach(event::addDeploymentProblem);
    }
}
