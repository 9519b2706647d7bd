package io.toasty.cdi.internal;

import io.toasty.Toasty;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.inject.Named;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The beans of type {@code Toasty} and {@code Repository<T>} that the application (or another extension) provides,
 * seen in {@code ProcessBean}: the extension adds none that would compete with them.
 */
final class ProvidedBeans {
    private final List<Bean<?>> toasties = new ArrayList<>();
    private final Map<Class<?>, List<Bean<?>>> repositories = new HashMap<>();

    void record(Bean<?> bean) {
        for (Type type : bean.getTypes()) {
            if (type == Toasty.class) {
                toasties.add(bean);
            }
            RepositoryType.modelOf(type).ifPresent(model -> repositories
                    .computeIfAbsent(model, key -> new ArrayList<>())
                    .add(bean));
        }
    }

    /** Whether a provided {@code Toasty} bean shares a qualifier with the one the extension would add for {@code id}. */
    boolean hasToasty(DatabaseId id) {
        return toasties.stream().anyMatch(bean -> shares(bean, id.toastyQualifiers()));
    }

    /** Whether a provided {@code Repository<model>} bean shares a qualifier with the one the extension would add. */
    boolean hasRepository(Class<?> model, DatabaseId id) {
        return repositories.getOrDefault(model, List.of()).stream()
                .anyMatch(bean -> shares(bean, id.repositoryQualifiers()));
    }

    /** Whether a provided {@code Toasty} bean has every one of {@code required}. */
    boolean satisfiesToasty(Set<Annotation> required) {
        return toasties.stream().anyMatch(bean -> bean.getQualifiers().containsAll(required));
    }

    /** Whether a provided {@code Repository<model>} bean has every one of {@code required}. */
    boolean satisfiesRepository(Class<?> model, Set<Annotation> required) {
        return repositories.getOrDefault(model, List.of()).stream()
                .anyMatch(bean -> bean.getQualifiers().containsAll(required));
    }

    /** Whether the two beans would meet at an injection point: they share a qualifier other than @Any and @Named. */
    private static boolean shares(Bean<?> bean, Set<Annotation> ours) {
        return bean.getQualifiers().stream()
                .filter(q -> !(q instanceof Any) && !(q instanceof Named))
                .anyMatch(ours::contains);
    }
}
