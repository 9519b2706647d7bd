package io.toasty.cdi;

import io.toasty.cdi.internal.ToastyExtension;
import jakarta.enterprise.inject.spi.Extension;

/**
 * The entry point for containers that do not load portable extensions from {@code META-INF/services}, such as Weld
 * SE started with {@code disableDiscovery()}: {@code new Weld().disableDiscovery().addExtension(ToastyCdi.extension())}.
 * A container that reads {@code META-INF/services} (every Jakarta EE server, Weld SE with discovery) needs nothing.
 */
public final class ToastyCdi {
    private ToastyCdi() {}

    /** A new instance of Toasty's portable extension, for one container. */
    public static Extension extension() {
        return new ToastyExtension();
    }
}
