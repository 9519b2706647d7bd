package io.toasty.cdi.internal;

import io.toasty.Toasty;
import io.toasty.ToastyException;
import io.toasty.validation.BeanValidationWriteListener;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.NoProviderFoundException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Bean Validation before every write, with {@code toasty-validation}: on the container's {@link Validator} bean (or
 * {@link ValidatorFactory} bean), so that constraint validators can inject beans; without one, on the default
 * provider's, so that having {@code toasty-validation} never silently means no validation.
 */
final class ValidationIntegration implements Integration {
    static final String INSERT_GROUPS = "toasty.validation.insert-groups";
    static final String UPDATE_GROUPS = "toasty.validation.update-groups";

    private static final System.Logger LOG = System.getLogger("io.toasty.cdi");

    private final List<Class<?>> insertGroups;
    private final List<Class<?>> updateGroups;

    private ValidationIntegration(List<Class<?>> insertGroups, List<Class<?>> updateGroups) {
        this.insertGroups = insertGroups;
        this.updateGroups = updateGroups;
    }

    /** The integration with the groups {@code settings} name; empty, with problems added, when a group is wrong. */
    static Optional<Integration> of(Settings settings, ClassLoader loader, List<String> problems) {
        int before = problems.size();
        List<Class<?>> insert = groups(INSERT_GROUPS, settings, loader, problems);
        List<Class<?>> update = groups(UPDATE_GROUPS, settings, loader, problems);
        return problems.size() == before ? Optional.of(new ValidationIntegration(insert, update)) : Optional.empty();
    }

    private static List<Class<?>> groups(String key, Settings settings, ClassLoader loader, List<String> problems) {
        List<Class<?>> groups = new ArrayList<>();
        for (String name : settings.value(key).map(v -> v.split(",")).orElse(new String[0])) {
            if (name.isBlank()) {
                continue;
            }
            try {
                Class<?> group = Class.forName(name.trim(), false, loader);
                if (group.isInterface()) {
                    groups.add(group);
                } else {
                    problems.add(key + " names " + group.getName()
                            + ", which is a class: a Bean Validation group is an interface");
                }
            } catch (ClassNotFoundException | LinkageError e) {
                problems.add(key + " names " + name.trim() + ", which cannot be loaded: give the binary name of a"
                        + " Bean Validation group interface, such as jakarta.validation.groups.Default");
            }
        }
        return List.copyOf(groups);
    }

    @Override
    public Optional<AutoCloseable> configure(Toasty.Builder builder, Instance<Object> beans) {
        Instance<Validator> validators = beans.select(Validator.class);
        if (validators.isResolvable()) {
            builder.writeListener(listener(validators.get()));
            return Optional.empty();
        }
        Instance<ValidatorFactory> factories = beans.select(ValidatorFactory.class);
        if (factories.isResolvable()) {
            builder.writeListener(listener(factories.get().getValidator()));
            return Optional.empty();
        }
        ValidatorFactory factory;
        try {
            factory = Validation.buildDefaultValidatorFactory();
        } catch (NoProviderFoundException e) {
            throw new ToastyException(
                    "toasty-validation is on the class path, but there is neither a Validator bean nor a Bean"
                            + " Validation provider: add hibernate-validator and hibernate-validator-cdi, or remove"
                            + " toasty-validation",
                    e);
        }
        LOG.log(
                Level.INFO,
                "No Validator bean: Toasty validates with the default provider's, whose constraint validators cannot"
                        + " inject beans (add hibernate-validator-cdi for that)");
        builder.writeListener(listener(factory.getValidator()));
        return Optional.of(factory::close);
    }

    private BeanValidationWriteListener listener(Validator validator) {
        return new BeanValidationWriteListener(validator, insertGroups, updateGroups);
    }
}
