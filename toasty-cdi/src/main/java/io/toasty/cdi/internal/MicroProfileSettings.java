package io.toasty.cdi.internal;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** {@link Settings} read through MicroProfile Config. */
final class MicroProfileSettings implements Settings {
    private final Config config;

    private MicroProfileSettings(Config config) {
        this.config = config;
    }

    /**
     * The configuration of the application whose classes {@code loader} loads.
     *
     * @throws IllegalStateException when no MicroProfile Config implementation is on the class path
     */
    static Settings of(ClassLoader loader) {
        return new MicroProfileSettings(ConfigProvider.getConfig(loader));
    }

    @Override
    public Optional<String> value(String key) {
        return config.getOptionalValue(key, String.class).filter(value -> !value.isBlank());
    }

    @Override
    public Iterable<String> names() {
        return config.getPropertyNames();
    }
}
