package io.toasty.spi;

/**
 * Converts an application type {@code T} to and from a type Toasty stores natively ({@code S}: a {@code String},
 * a primitive box, {@code BigDecimal}, {@code UUID}, a {@code java.time} type, {@code byte[]} and so on).
 *
 * <p>Named on a field with {@link io.toasty.model.Convert}. Toasty creates one instance per field at startup and
 * calls it from many threads: implementations must be stateless or thread-safe. Neither method is called with
 * {@code null}; nulls are stored as SQL {@code NULL} without the codec.
 *
 * @param <T> the application type
 * @param <S> the stored type
 */
public interface ValueCodec<T, S> {
    /** The application type, as declared on the model's fields. */
    Class<T> type();

    /** The stored type; it decides the column type. */
    Class<S> storedType();

    /** Converts a field value before it is bound; may throw {@link IllegalArgumentException} for a bad value. */
    S encode(T value);

    /** Converts a value read from the column back to the application type. */
    T decode(S stored);
}
