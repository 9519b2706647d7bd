package io.toasty.spi;

/**
 * Where the annotation processor lists the models it compiled: in each jar (or classes directory), the resource
 * {@value #LOCATION} holds the binary class names of its {@code @Model} types, one per line. Integrations such as
 * toasty-cdi and toasty-quarkus read it to find models without scanning, since models are not beans.
 */
public final class ModelIndex {
    /** The resource path of the index, for {@link ClassLoader#getResources(String)}. */
    public static final String LOCATION = "META-INF/toasty/models";

    private ModelIndex() {}
}
