package io.toasty.cdi.internal;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;

/**
 * The extension's configuration: MicroProfile Config when it is on the class path, else nothing, so that every
 * setting has its default. Only {@link MicroProfileSettings} touches MicroProfile Config's classes, and it is loaded
 * only when they are there.
 */
interface Settings {
    /** The value of {@code key}; empty when it is unset or blank. */
    Optional<String> value(String key);

    /** The names of every property, to find the databases that {@code toasty.database.<name>.*} keys configure. */
    Iterable<String> names();

    /** The settings of the application whose classes {@code loader} loads. */
    static Settings load(ClassLoader loader) {
        try {
            Class.forName("org.eclipse.microprofile.config.ConfigProvider", false, Settings.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return none();
        }
        try {
            return MicroProfileSettings.of(loader);
        } catch (IllegalStateException | java.util.ServiceConfigurationError e) {
            System.getLogger("io.toasty.cdi")
                    .log(
                            Level.WARNING,
                            "MicroProfile Config's API is on the class path but no implementation works ({0}): Toasty"
                                    + " uses its defaults",
                            e.getMessage());
            return none();
        }
    }

    /** No configuration: every setting has its default. */
    static Settings none() {
        return new Settings() {
            @Override
            public Optional<String> value(String key) {
                return Optional.empty();
            }

            @Override
            public Iterable<String> names() {
                return List.of();
            }
        };
    }
}
