package io.toasty.cdi.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import java.lang.annotation.Annotation;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The test's producer of {@code DataSource} beans: the application's in a real deployment, a test database's pool
 * here. An extension rather than a producer class, so that each deployment gets its own pools without static state.
 */
public final class DataSourceBeans implements Extension {
    private final Map<Annotation, DataSource> dataSources = new LinkedHashMap<>();

    public void add(Annotation qualifier, DataSource dataSource) {
        dataSources.put(qualifier, dataSource);
    }

    void addBeans(@Observes AfterBeanDiscovery event) {
        dataSources.forEach((qualifier, dataSource) -> event.<DataSource>addBean()
                .types(DataSource.class, Object.class)
                .qualifiers(qualifier, Any.Literal.INSTANCE)
                .scope(ApplicationScoped.class)
                .createWith(context -> dataSource));
    }
}
