package io.toasty.cdi.internal;

import io.toasty.MappingException;
import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.ToastyException;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.AmbiguousResolutionException;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.InjectionPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * What the extension does once the deployment is valid: builds every {@link Toasty} it added, so that an unmappable
 * model, two models on one table, a missing {@code DataSource} or a schema that does not match fail the deployment
 * rather than the first request; and checks that an application's own {@code Toasty} has the models whose
 * repositories are injected.
 */
final class Startup {
    private final BeanManager beans;
    private final List<Throwable> problems = new ArrayList<>();

    private Startup(BeanManager beans) {
        this.beans = beans;
    }

    /** The deployment problems found, each a message that says how to fix it. */
    static List<Throwable> run(
            BeanManager beans,
            Iterable<DatabasePlan> plans,
            Set<DatabaseId> toastiesAdded,
            Set<Class<?>> repositoriesAdded,
            InjectionChecks injections) {
        Startup startup = new Startup(beans);
        for (DatabasePlan plan : plans) {
            if (toastiesAdded.contains(plan.id())) {
                startup.build(plan);
            } else {
                startup.checkProvidedToasty(plan, repositoriesAdded, injections);
            }
        }
        return startup.problems;
    }

    private void build(DatabasePlan plan) {
        Set<Bean<?>> dataSources = beans.getBeans(DataSource.class, plan.id().qualifier());
        if (dataSources.isEmpty()) {
            problems.add(new DeploymentException("No DataSource bean for " + plan.id() + ", which holds the models "
                    + plan.modelNames() + ": add a bean of type " + DataSource.class.getName() + " "
                    + plan.id().qualifierText() + ", such as a @Produces " + producerExample(plan.id())
                    + " DataSource method" + otherFix(plan.id())));
            return;
        }
        try {
            beans.resolve(dataSources);
        } catch (AmbiguousResolutionException e) {
            problems.add(new DeploymentException(
                    "Several DataSource beans " + plan.id().qualifierText()
                            + " could serve " + plan.id() + ": " + dataSources
                            + ". Keep one, or tell the others apart with qualifiers"));
            return;
        }
        try {
            Bean<?> bean = beans.resolve(beans.getBeans(Toasty.class, plan.id().qualifier()));
            // a singleton: the context keeps it, with this creational context, until the container stops
            beans.getReference(bean, Toasty.class, beans.createCreationalContext(bean));
        } catch (RuntimeException e) {
            problems.add(reported(e));
        }
    }

    private void checkProvidedToasty(DatabasePlan plan, Set<Class<?>> repositoriesAdded, InjectionChecks injections) {
        Bean<?> bean = null;
        CreationalContext<?> context = null;
        try {
            Toasty toasty = null;
            for (Class<?> model : plan.models()) {
                List<InjectionPoint> injected = injections.repositoriesOf(model);
                if (!repositoriesAdded.contains(model) || injected.isEmpty()) {
                    continue;
                }
                if (toasty == null) {
                    bean = beans.resolve(beans.getBeans(Toasty.class, plan.id().qualifier()));
                    context = beans.createCreationalContext(bean);
                    toasty = (Toasty) beans.getReference(bean, Toasty.class, context);
                }
                try {
                    toasty.repository(model);
                } catch (MappingException e) {
                    problems.add(new DeploymentException(
                            InjectionChecks.describe(injected.get(0)) + " injects "
                                    + Repository.class.getSimpleName() + "<" + model.getName()
                                    + ">, which Toasty makes from the"
                                    + " application's own Toasty of " + plan.id()
                                    + ", but that Toasty was built without "
                                    + model.getName() + ": add it there with Toasty.builder(dataSource).models("
                                    + model.getSimpleName() + ".class, ...), or produce the Repository<"
                                    + model.getSimpleName() + "> yourself",
                            e));
                }
            }
        } catch (RuntimeException e) {
            problems.add(reported(e));
        } finally {
            // a dependent Toasty was made for this check only; one of another scope lives on in its context
            if (context != null && bean.getScope() == Dependent.class) {
                context.release();
            }
        }
    }

    /** Toasty's own exception, out of the container's wrappers, as its message says what is wrong. */
    private static Throwable reported(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ToastyException) {
                return cause;
            }
        }
        return e;
    }

    private static String producerExample(DatabaseId id) {
        return id.name().map(n -> "@ApplicationScoped @Database(\"" + n + "\")").orElse("@ApplicationScoped");
    }

    private static String otherFix(DatabaseId id) {
        return id.isDefault()
                ? ", or give these models a database of their own with @Database or toasty.database.<name>.models"
                : "";
    }
}
