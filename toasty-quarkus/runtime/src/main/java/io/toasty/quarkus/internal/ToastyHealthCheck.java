package io.toasty.quarkus.internal;

import io.toasty.Toasty;
import io.toasty.ToastyException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when every Toasty's tables match its models: a pool that answers is not enough when a migration has not run.
 * Registered by the deployment module when the application has SmallRye Health.
 */
@Readiness
@ApplicationScoped
public class ToastyHealthCheck implements HealthCheck {
    private final Instance<Toasty> toasties;

    /** Created by the container. */
    @Inject
    public ToastyHealthCheck(@Any Instance<Toasty> toasties) {
        this.toasties = toasties;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response =
                HealthCheckResponse.named("Toasty").up();
        for (Instance.Handle<Toasty> handle : toasties.handles()) {
            String name = handle.getBean().getQualifiers().stream()
                    .filter(q -> q instanceof io.quarkus.agroal.DataSource)
                    .map(q -> ((io.quarkus.agroal.DataSource) q).value())
                    .findFirst()
                    .orElse(Qualifiers.DEFAULT);
            try {
                handle.get().schema().validate();
                response.withData(name, "UP");
            } catch (ToastyException e) {
                response.down().withData(name, "DOWN: " + e.getMessage());
            }
        }
        return response.build();
    }
}
