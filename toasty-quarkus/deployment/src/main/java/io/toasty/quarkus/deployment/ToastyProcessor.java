package io.toasty.quarkus.deployment;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.arc.deployment.AnnotationsTransformerBuildItem;
import io.quarkus.arc.deployment.BeanDiscoveryFinishedBuildItem;
import io.quarkus.arc.deployment.SyntheticBeanBuildItem;
import io.quarkus.arc.deployment.UnremovableBeanBuildItem;
import io.quarkus.arc.processor.InjectionPointInfo;
import io.quarkus.deployment.Capabilities;
import io.quarkus.deployment.Capability;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.ExecutionTime;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.LogCategoryBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import io.quarkus.deployment.metrics.MetricsCapabilityBuildItem;
import io.quarkus.runtime.metrics.MetricsFactory;
import io.quarkus.smallrye.health.deployment.spi.HealthBuildItem;
import io.toasty.MappingException;
import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.jta.JtaInterceptors;
import io.toasty.jta.NoSilentRollback;
import io.toasty.jta.ReadOnlyTransaction;
import io.toasty.jta.RetryOnConflict;
import io.toasty.jta.SavepointScope;
import io.toasty.jta.TransactionIsolation;
import io.toasty.jta.TransactionTimeout;
import io.toasty.model.Model;
import io.toasty.quarkus.ToastyBuildTimeConfig;
import io.toasty.quarkus.internal.DataSourcePlan;
import io.toasty.quarkus.internal.Qualifiers;
import io.toasty.quarkus.internal.StatementMetrics;
import io.toasty.quarkus.internal.ToastyRecorder;
import io.toasty.spi.ModelCheck;
import jakarta.inject.Singleton;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Level;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationTransformation;
import org.jboss.jandex.ClassType;
import org.jboss.jandex.DotName;
import org.jboss.jandex.ParameterizedType;
import org.jboss.jandex.Type;
import org.jboss.logging.Logger;

/**
 * Toasty's build steps, each doing one job over the Jandex index: find and check the models, declare the beans, deploy
 * toasty-jta's interceptors, refuse injections of repositories of things that are not models, and say what a native
 * image needs.
 */
final class ToastyProcessor {
    private static final Logger LOG = Logger.getLogger(ToastyProcessor.class);
    private static final String FEATURE = "toasty";
    private static final DotName MODEL = DotName.createSimple(Model.class);
    private static final DotName REPOSITORY = DotName.createSimple(Repository.class);
    private static final DotName TRANSACTIONAL = DotName.createSimple(Transactional.class);
    private static final DotName NO_SILENT_ROLLBACK = DotName.createSimple(NoSilentRollback.class);
    /** By name: the class names Micrometer's types, which the deployment module does not depend on. */
    private static final String METRICS_BEAN = "io.toasty.quarkus.internal.micrometer.MicrometerStatementMetrics";

    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem(FEATURE);
    }

    /**
     * Finds the models, checks them as Toasty will when the application starts (so that an unmappable model fails the
     * build, not the start), and assigns each to its datasource.
     */
    @BuildStep
    ToastyModelsBuildItem models(
            CombinedIndexBuildItem index,
            ToastyBuildTimeConfig config,
            Capabilities capabilities,
            Optional<MetricsCapabilityBuildItem> metrics) {
        Set<String> names = new TreeSet<>();
        for (AnnotationInstance annotation : index.getIndex().getAnnotations(MODEL)) {
            if (annotation.target().kind() == AnnotationTarget.Kind.CLASS) {
                names.add(annotation.target().asClass().name().toString());
            }
        }
        List<String> problems = new ArrayList<>(ModelCheck.problems(load(names)));
        Map<String, String> dataSources = ModelAssignment.assign(names, config, problems);
        if (!problems.isEmpty()) {
            throw new MappingException(
                    "Toasty cannot map the models of this application:\n" + String.join("\n", problems));
        }
        Map<String, List<String>> byDataSource = new TreeMap<>();
        dataSources.forEach((model, dataSource) -> byDataSource
                .computeIfAbsent(dataSource, key -> new ArrayList<>())
                .add(model));
        boolean validation = capabilities.isPresent(Capability.HIBERNATE_VALIDATOR);
        List<DataSourcePlan> plans = new ArrayList<>();
        boolean micrometer = micrometer(config, metrics);
        byDataSource.forEach((dataSource, models) -> {
            DataSourcePlan plan = new DataSourcePlan(dataSource, models, validation);
            plan.setMetrics(micrometer);
            plans.add(plan);
        });
        return new ToastyModelsBuildItem(dataSources, plans);
    }

    /**
     * One {@code Toasty} per datasource with models (qualified {@code @DataSource("name")} for a named one), built
     * when the application starts, and one {@code Repository<T>} per model.
     */
    @BuildStep
    @Record(ExecutionTime.RUNTIME_INIT)
    void beans(ToastyModelsBuildItem models, ToastyRecorder recorder, BuildProducer<SyntheticBeanBuildItem> beans) {
        for (DataSourcePlan plan : models.plans()) {
            AnnotationInstance[] qualifier = qualifier(plan.getDataSource());
            SyntheticBeanBuildItem.ExtendedBeanConfigurator toasty = SyntheticBeanBuildItem.configure(Toasty.class)
                    .scope(Singleton.class)
                    .setRuntimeInit()
                    .startup()
                    .unremovable()
                    .addInjectionPoint(ClassType.create(AgroalDataSource.class), qualifier)
                    .addInjectionPoint(ClassType.create(TransactionSynchronizationRegistry.class))
                    .createWith(recorder.toasty(plan));
            for (AnnotationInstance instance : qualifier) {
                toasty.addQualifier(instance);
            }
            if (plan.isValidation()) {
                toasty.addInjectionPoint(ClassType.create(Validator.class));
            }
            if (plan.isMetrics()) {
                toasty.addInjectionPoint(ClassType.create(StatementMetrics.class));
            }
            beans.produce(toasty.done());
            for (String model : plan.getModels()) {
                Type type = ParameterizedType.create(REPOSITORY, new Type[] {ClassType.create(model)}, null);
                beans.produce(SyntheticBeanBuildItem.configure(Repository.class)
                        .types(type)
                        .scope(Singleton.class)
                        .setRuntimeInit()
                        .unremovable()
                        .addInjectionPoint(ClassType.create(Toasty.class), qualifier)
                        .createWith(recorder.repository(model, plan.getDataSource()))
                        .done());
            }
        }
    }

    /** toasty-jta's interceptors and bindings: isolation, read-only, timeout, savepoint scope, retry. */
    @BuildStep
    AdditionalBeanBuildItem jtaInterceptors() {
        AdditionalBeanBuildItem.Builder builder =
                AdditionalBeanBuildItem.builder().setUnremovable();
        JtaInterceptors.classes().forEach(builder::addBeanClass);
        List.of(
                        NoSilentRollback.class,
                        SavepointScope.class,
                        TransactionIsolation.class,
                        ReadOnlyTransaction.class,
                        TransactionTimeout.class,
                        RetryOnConflict.class)
                .forEach(builder::addBeanClass);
        return builder.build();
    }

    /**
     * {@code @NoSilentRollback} on every {@code @Transactional} method and class: Narayana's interceptor ends a
     * transaction that Toasty had to mark rollback-only with a rollback and no exception, which would let a caller
     * believe that nothing failed.
     */
    @BuildStep
    void noSilentRollback(BuildProducer<AnnotationsTransformerBuildItem> transformers) {
        transformers.produce(new AnnotationsTransformerBuildItem(AnnotationTransformation.forMethods()
                .when(context -> context.hasAnnotation(TRANSACTIONAL) && !context.hasAnnotation(NO_SILENT_ROLLBACK))
                .transform(context -> context.add(NoSilentRollback.class))));
        transformers.produce(new AnnotationsTransformerBuildItem(AnnotationTransformation.forClasses()
                .when(context -> context.hasAnnotation(TRANSACTIONAL) && !context.hasAnnotation(NO_SILENT_ROLLBACK))
                .transform(context -> context.add(NoSilentRollback.class))));
    }

    /**
     * An injected {@code Repository} of something that is not a model fails the build, saying how to fix it. Runs
     * before ArC validates the deployment (which waits for the unremovable beans this step declares), so that the
     * application sees this message rather than ArC's unsatisfied dependency.
     */
    @BuildStep
    UnremovableBeanBuildItem checkRepositoryInjections(
            BeanDiscoveryFinishedBuildItem discovery, ToastyModelsBuildItem models) {
        List<String> problems = new ArrayList<>();
        for (InjectionPointInfo injection : discovery.getInjectionPoints()) {
            Type type = injection.getRequiredType();
            if (injection.isSynthetic() || !type.name().equals(REPOSITORY)) {
                continue;
            }
            if (type.kind() != Type.Kind.PARAMETERIZED_TYPE) {
                problems.add(injection.getTargetInfo()
                        + " injects a Repository without its model: inject Repository<Book>, naming a class annotated"
                        + " @" + Model.class.getName());
                continue;
            }
            Type model = type.asParameterizedType().arguments().get(0);
            if (!models.models().contains(model.name().toString())) {
                problems.add(injection.getTargetInfo() + " injects Repository<" + model.name() + ">, but "
                        + model.name() + " is not a Toasty model: annotate it with @" + Model.class.getName()
                        + " (in a jar, give the jar a Jandex index or list it in quarkus.index-dependency), or inject"
                        + " the repository of a model");
            }
        }
        if (!problems.isEmpty()) {
            throw new MappingException(String.join("\n", problems));
        }
        return UnremovableBeanBuildItem.beanTypes(Toasty.class);
    }

    /**
     * What a native image needs: the generated accessors, which Toasty creates by name (so that rows are read and
     * written without reflection), and the models' declarations, whose annotations Toasty reads once at startup.
     */
    @BuildStep
    void nativeImage(ToastyModelsBuildItem models, BuildProducer<ReflectiveClassBuildItem> reflective) {
        List<String> accessors = new ArrayList<>();
        for (Class<?> model : load(models.models())) {
            accessors.add(ModelCheck.accessorName(model));
            try {
                Class.forName(ModelCheck.accessorName(model), false, model.getClassLoader());
            } catch (ClassNotFoundException e) {
                LOG.warnf(
                        "%s was compiled without the Toasty annotation processor: its fields are read by reflection."
                                + " Put toasty-core on the compiler's annotation processor path",
                        model.getName());
            }
        }
        reflective.produce(ReflectiveClassBuildItem.builder(models.models().toArray(String[]::new))
                .constructors()
                .methods()
                .fields()
                .reason("Toasty reads the annotations of its models at startup")
                .build());
        reflective.produce(ReflectiveClassBuildItem.builder(accessors.toArray(String[]::new))
                .constructors()
                .reason("Toasty creates the generated accessor of each model by name")
                .build());
    }

    /** {@code quarkus.toasty.log.sql}: Toasty's SQL log category at DEBUG. */
    @BuildStep
    void sqlLog(ToastyBuildTimeConfig config, BuildProducer<LogCategoryBuildItem> categories) {
        if (config.log().sql()) {
            categories.produce(new LogCategoryBuildItem("io.toasty.sql", Level.FINE));
        }
    }

    /**
     * The statement metrics bean, when the application has quarkus-micrometer and {@code quarkus.toasty.metrics.enabled}
     * is not false. It is the extension's only class that names Micrometer types: without Micrometer, it is never
     * declared, so never loaded.
     */
    @BuildStep
    void metrics(
            ToastyBuildTimeConfig config,
            Optional<MetricsCapabilityBuildItem> metrics,
            BuildProducer<AdditionalBeanBuildItem> beans) {
        if (micrometer(config, metrics)) {
            beans.produce(AdditionalBeanBuildItem.unremovableOf(METRICS_BEAN));
        }
    }

    private static boolean micrometer(ToastyBuildTimeConfig config, Optional<MetricsCapabilityBuildItem> metrics) {
        return config.metrics().enabled()
                && metrics.isPresent()
                && metrics.get().metricsSupported(MetricsFactory.MICROMETER);
    }

    /** The readiness check, when the application has SmallRye Health. */
    @BuildStep
    void health(ToastyBuildTimeConfig config, Capabilities capabilities, BuildProducer<HealthBuildItem> health) {
        if (capabilities.isPresent(Capability.SMALLRYE_HEALTH)) {
            health.produce(new HealthBuildItem(
                    "io.toasty.quarkus.internal.ToastyHealthCheck",
                    config.health().enabled()));
        }
    }

    private static AnnotationInstance[] qualifier(String dataSource) {
        return Qualifiers.isDefault(dataSource)
                ? new AnnotationInstance[0]
                : new AnnotationInstance[] {
                    AnnotationInstance.builder(DataSource.class)
                            .value(dataSource)
                            .build()
                };
    }

    /** The models, loaded at build time by the deployment class loader, for the checks core runs at startup. */
    private static List<Class<?>> load(Set<String> names) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<Class<?>> types = new ArrayList<>();
        for (String name : names) {
            try {
                types.add(Class.forName(name, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                throw new MappingException("The model " + name + " is in the index but cannot be loaded: " + e, e);
            }
        }
        return types;
    }
}
