package io.toasty.cdi.internal;

import io.toasty.model.Model;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads the index of models that Toasty's annotation processor writes into every jar it compiles: the way to find
 * models, which are no beans and so may never reach {@code ProcessAnnotatedType}.
 */
final class ModelIndex {
    /** Where the processor lists every model of a jar, one binary class name per line. */
    static final String LOCATION = io.toasty.spi.ModelIndex.LOCATION;

    private static final System.Logger LOG = System.getLogger("io.toasty.cdi");

    private ModelIndex() {}

    /**
     * Every model listed by an index that {@code loader} sees, loaded through it without being initialized. A line
     * naming a class that cannot be loaded, or is no longer a model, is skipped with a warning: an index left over
     * from an earlier build.
     */
    static Set<Class<?>> read(ClassLoader loader) {
        Set<Class<?>> models = new LinkedHashSet<>();
        try {
            Enumeration<URL> indexes = loader.getResources(LOCATION);
            while (indexes.hasMoreElements()) {
                URL index = indexes.nextElement();
                for (String name : lines(index)) {
                    load(loader, index, name).ifPresent(models::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Toasty model indexes (" + LOCATION + ")", e);
        }
        return models;
    }

    private static Set<String> lines(URL index) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(index.openStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String name = line.trim();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static java.util.Optional<Class<?>> load(ClassLoader loader, URL index, String name) {
        try {
            Class<?> type = Class.forName(name, false, loader);
            if (type.isAnnotationPresent(Model.class)) {
                return java.util.Optional.of(type);
            }
            LOG.log(Level.WARNING, "{0} lists {1}, which is not annotated @Model: skipped", index, name);
        } catch (ClassNotFoundException | LinkageError e) {
            LOG.log(Level.WARNING, "{0} lists {1}, which cannot be loaded ({2}): skipped", index, name, e.toString());
        }
        return java.util.Optional.empty();
    }
}
