package io.toasty.internal.meta;

/**
 * The names of the classes the annotation processor generates for a model, shared by the processor that writes
 * them and the runtime that looks them up.
 */
public final class GeneratedNames {
    private GeneratedNames() {}

    /** Where the processor lists every model it saw, one binary class name per line. */
    public static final String MODEL_INDEX = io.toasty.spi.ModelIndex.LOCATION;

    /**
     * The simple name of the metamodel of a model: {@code User_} for {@code User}, {@code Shop_Item_} for the
     * nested {@code Shop.Item}.
     *
     * @param nestedName the model's name relative to its package, with {@code .} or {@code $} between nested names
     */
    public static String metamodel(String nestedName) {
        return flatten(nestedName) + "_";
    }

    /** The simple name of the generated {@link io.toasty.spi.ModelAccessor}: {@code User_Accessor}. */
    public static String accessor(String nestedName) {
        return flatten(nestedName) + "_Accessor";
    }

    /** The binary name of the generated accessor of {@code model}, for {@code Class.forName}. */
    public static String accessorBinaryName(Class<?> model) {
        String packageName = model.getPackageName();
        String nested =
                packageName.isEmpty() ? model.getName() : model.getName().substring(packageName.length() + 1);
        return (packageName.isEmpty() ? "" : packageName + ".") + accessor(nested);
    }

    private static String flatten(String nestedName) {
        return nestedName.replace('$', '_').replace('.', '_');
    }
}
