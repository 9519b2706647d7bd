package io.toasty;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The type of a field whose column is not read by default, such as a large text or a file's bytes: {@code
 * Deferred<String> body}. A query reads it only when asked with {@code include(Article_.body)}; otherwise the field
 * holds an unloaded value whose {@link #get()} throws, rather than a null that looks like data. An update of an
 * object whose deferred field was not loaded leaves that column as it is. Immutable and thread-safe.
 *
 * @param <T> the stored value's type
 */
public final class Deferred<T> {
    private final T value;
    /** The field, as {@code Article.body}, when unloaded; null when loaded. */
    private final String unloadedField;

    private Deferred(T value, String unloadedField) {
        this.value = value;
        this.unloadedField = unloadedField;
    }

    /** A loaded value (null allowed, for a nullable column). */
    public static <T> Deferred<T> of(T value) {
        return new Deferred<>(value, null);
    }

    /**
     * What Toasty puts into a field it did not read.
     *
     * @param field the field, as {@code Article.body}, for the message of {@link #get()}
     */
    public static <T> Deferred<T> unloaded(String field) {
        return new Deferred<>(null, Objects.requireNonNull(field, "field"));
    }

    /** Whether the value was read (or given). */
    public boolean isLoaded() {
        return unloadedField == null;
    }

    /**
     * The value.
     *
     * @throws FieldNotLoadedException naming the field and the {@code include} that loads it, when it was not read
     */
    public T get() {
        if (unloadedField != null) {
            int dot = unloadedField.indexOf('.');
            String include = unloadedField.substring(0, dot) + "_." + unloadedField.substring(dot + 1);
            throw new FieldNotLoadedException(unloadedField + " was not loaded: it is a Deferred field, read only"
                    + " when asked; load it with query().include(" + include + ")");
        }
        return value;
    }

    /** The value when it was loaded (empty for a loaded null too). */
    public Optional<T> ifLoaded() {
        return unloadedField == null ? Optional.ofNullable(value) : Optional.empty();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Deferred<?> that) || isLoaded() != that.isLoaded()) {
            return false;
        }
        if (!isLoaded()) {
            return unloadedField.equals(that.unloadedField);
        }
        if (value instanceof byte[] bytes && that.value instanceof byte[] otherBytes) {
            return Arrays.equals(bytes, otherBytes);
        }
        return Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        if (!isLoaded()) {
            return unloadedField.hashCode();
        }
        return value instanceof byte[] bytes ? Arrays.hashCode(bytes) : Objects.hashCode(value);
    }

    @Override
    public String toString() {
        if (!isLoaded()) {
            return "Deferred[not loaded]";
        }
        return value instanceof byte[] bytes ? "Deferred[byte[" + bytes.length + "]]" : "Deferred[" + value + "]";
    }
}
