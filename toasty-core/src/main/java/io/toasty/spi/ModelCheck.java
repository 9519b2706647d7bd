package io.toasty.spi;

import io.toasty.MappingException;
import io.toasty.internal.meta.GeneratedNames;
import io.toasty.internal.meta.Hierarchy;
import io.toasty.internal.meta.ModelMeta;
import io.toasty.internal.meta.ModelReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The checks {@link io.toasty.Toasty.Builder#build()} runs on models, without a database: for integrations that
 * check models before the application starts, such as the Quarkus extension at build time. Stateless.
 */
public final class ModelCheck {
    private ModelCheck() {}

    /**
     * What keeps {@code models} from being mapped together, one message per problem, in the words
     * {@link io.toasty.Toasty.Builder#build()} would use; empty when they can be mapped.
     */
    public static List<String> problems(Collection<Class<?>> models) {
        List<String> problems = new ArrayList<>();
        Map<String, Class<?>> tables = new HashMap<>();
        List<ModelMeta<?>> metas = new ArrayList<>();
        for (Class<?> model : models) {
            ModelMeta<?> meta;
            try {
                meta = ModelReader.read(model);
            } catch (MappingException e) {
                problems.add(e.getMessage());
                continue;
            }
            metas.add(meta);
            if (meta.inheritance() != null && meta.inheritance().subclass()) {
                continue; // stored in the table of its hierarchy's base
            }
            Class<?> other = tables.putIfAbsent(meta.table().toLowerCase(Locale.ROOT), model);
            if (other != null) {
                problems.add(model.getName() + " and " + other.getName() + " are both stored in table " + meta.table()
                        + ": give one another table with @Model(table = ...)");
            }
        }
        if (problems.isEmpty()) {
            try {
                Hierarchy.compose(metas); // a subclass without its base, an abstract class without a concrete one
            } catch (MappingException e) {
                problems.add(e.getMessage());
            }
        }
        return List.copyOf(problems);
    }

    /**
     * The binary name of the {@link ModelAccessor} the annotation processor generates for {@code model}
     * ({@code com.acme.User_Accessor}), which Toasty loads by name at startup.
     */
    public static String accessorName(Class<?> model) {
        return GeneratedNames.accessorBinaryName(model);
    }
}
