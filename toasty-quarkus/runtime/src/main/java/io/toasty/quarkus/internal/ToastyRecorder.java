package io.toasty.quarkus.internal;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.SyntheticCreationalContext;
import io.quarkus.runtime.annotations.Recorder;
import io.smallrye.config.SmallRyeConfig;
import io.toasty.Repository;
import io.toasty.SchemaValidationException;
import io.toasty.Toasty;
import io.toasty.jta.JtaTransactionIntegration;
import io.toasty.quarkus.SchemaManagement;
import io.toasty.quarkus.ToastyRuntimeConfig;
import io.toasty.validation.BeanValidationWriteListener;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.validation.Validator;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Builds the beans the deployment module declared: one {@link Toasty} per datasource that has models, on that
 * datasource's Agroal pool, joined to Narayana's transactions and validating with Hibernate Validator when the
 * application has it; and one {@link Repository} per model. Called by Quarkus' generated startup code only.
 */
@Recorder
public class ToastyRecorder {
    /** Called by Quarkus. */
    public ToastyRecorder() {}

    /**
     * The creator of the Toasty of {@code plan}'s datasource; the bean declares the injection points it reads: the
     * datasource, the {@code TransactionSynchronizationRegistry}, when {@code plan.validation()} the
     * {@code Validator}, and when {@code plan.metrics()} the {@link StatementMetrics}.
     */
    public Function<SyntheticCreationalContext<Toasty>, Toasty> toasty(DataSourcePlan plan) {
        return context -> {
            Annotation qualifier = Qualifiers.of(plan.getDataSource());
            AgroalDataSource dataSource = context.getInjectedReference(AgroalDataSource.class, qualifier);
            ToastyRuntimeConfig config =
                    ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(ToastyRuntimeConfig.class);
            JtaTransactionIntegration jta = new JtaTransactionIntegration(
                    context.getInjectedReference(TransactionSynchronizationRegistry.class));
            Toasty.Builder builder = Toasty.builder(dataSource)
                    .models(load(plan.getModels()))
                    .transactionIntegration(jta)
                    .statementListener(jta.statementListener())
                    .logBindValues(config.log().bindValues());
            config.cursorKey().ifPresent(key -> builder.cursorKey(key.getBytes(StandardCharsets.UTF_8)));
            if (plan.isMetrics()) {
                // an interface of this extension: its Micrometer implementation is a bean only with Micrometer
                builder.statementListener(
                        context.getInjectedReference(StatementMetrics.class).listener(plan.getDataSource()));
            }
            if (plan.isValidation()) {
                builder.writeListener(new BeanValidationWriteListener(context.getInjectedReference(Validator.class)));
            }
            Toasty toasty = builder.build();
            manageSchema(plan, config, toasty, dataSource);
            return toasty;
        };
    }

    /** The creator of the repository of {@code model}, from the Toasty of {@code dataSource}. */
    public Function<SyntheticCreationalContext<Repository<?>>, Repository<?>> repository(
            String model, String dataSource) {
        return context -> {
            Toasty toasty = context.getInjectedReference(Toasty.class, Qualifiers.of(dataSource));
            return toasty.repository(load(List.of(model)).get(0));
        };
    }

    private static void manageSchema(
            DataSourcePlan plan, ToastyRuntimeConfig config, Toasty toasty, javax.sql.DataSource dataSource) {
        String key = "quarkus.toasty.schema-management";
        SchemaManagement management = config.schemaManagement();
        String location = config.migrationLocation();
        if (!Qualifiers.isDefault(plan.getDataSource())) {
            ToastyRuntimeConfig.DataSourceRuntime own = config.datasources().get(plan.getDataSource());
            if (own != null && own.schemaManagement().isPresent()) {
                key = "quarkus.toasty.datasource.\"" + plan.getDataSource() + "\".schema-management";
                management = own.schemaManagement().get();
            }
            if (own != null && own.migrationLocation().isPresent()) {
                location = own.migrationLocation().get();
            }
        }
        try {
            switch (management) {
                case NONE -> {}
                case CREATE -> toasty.schema().create();
                case DROP_AND_CREATE -> {
                    toasty.schema().drop();
                    toasty.schema().create();
                }
                case VALIDATE -> toasty.schema().validate();
                case MIGRATE -> Migrations.up(dataSource, key, Qualifiers.describe(plan.getDataSource()), location);
            }
        } catch (SchemaValidationException e) {
            throw new SchemaValidationException(
                    key + "=" + management.name().toLowerCase(Locale.ROOT).replace('_', '-') + " failed for "
                            + Qualifiers.describe(plan.getDataSource()) + ": " + e.getMessage(),
                    e);
        }
    }

    private static List<Class<?>> load(List<String> names) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<Class<?>> models = new ArrayList<>();
        for (String name : names) {
            try {
                models.add(Class.forName(name, false, loader));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("The model " + name + " found at build time is gone", e);
            }
        }
        return models;
    }
}
