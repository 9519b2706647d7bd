package io.toasty.cdi.internal;

import io.toasty.SchemaValidationException;
import io.toasty.Toasty;
import jakarta.enterprise.inject.Instance;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Creates and destroys the {@link Toasty} of a database for its bean: on the database's {@code DataSource} bean, with
 * every available {@link Integration}, and with its schema managed as configured.
 */
final class ToastyFactory {
    private static final System.Logger LOG = System.getLogger("io.toasty.cdi");

    private final List<Integration> integrations;
    private final Map<Toasty, List<AutoCloseable>> resources = new ConcurrentHashMap<>();

    ToastyFactory(List<Integration> integrations) {
        this.integrations = List.copyOf(integrations);
    }

    Toasty create(DatabasePlan plan, Instance<Object> beans) {
        DataSource dataSource =
                beans.select(DataSource.class, plan.id().qualifier()).get();
        Toasty.Builder builder = Toasty.builder(dataSource).models(plan.models());
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            for (Integration integration : integrations) {
                integration.configure(builder, beans).ifPresent(opened::add);
            }
            Toasty toasty = builder.build();
            manageSchema(plan, toasty, dataSource);
            resources.put(toasty, opened);
            return toasty;
        } catch (RuntimeException e) {
            close(opened);
            throw e;
        }
    }

    void destroy(Toasty toasty) {
        close(resources.getOrDefault(toasty, List.of()));
        resources.remove(toasty);
    }

    private static void manageSchema(DatabasePlan plan, Toasty toasty, DataSource dataSource) {
        try {
            plan.schemaManagement().apply(toasty, dataSource, plan);
        } catch (SchemaValidationException e) {
            throw new SchemaValidationException(
                    plan.schemaKey() + "=" + plan.schemaManagement().value() + " failed for " + plan.id() + ": "
                            + e.getMessage(),
                    e);
        }
    }

    private static void close(List<AutoCloseable> opened) {
        for (AutoCloseable resource : opened) {
            try {
                resource.close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Could not close " + resource, e);
            }
        }
    }
}
