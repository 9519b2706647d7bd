package io.toasty;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a transaction runs: its isolation level, whether it may write, and how long it may take. Immutable; start
 * from {@link #defaults()} and change what you need:
 *
 * <pre>{@code
 * TransactionOptions.defaults().isolation(Isolation.SERIALIZABLE).timeout(Duration.ofSeconds(5))
 * }</pre>
 *
 * @param isolation the isolation level, set before the first statement
 * @param readOnly whether writes are refused (by Toasty before any SQL, and by the database where it can)
 * @param timeout how long the whole transaction may take; a statement still running then is cancelled
 */
public record TransactionOptions(Isolation isolation, boolean readOnly, Optional<Duration> timeout) {

    private static final TransactionOptions DEFAULTS =
            new TransactionOptions(Isolation.DEFAULT, false, Optional.empty());

    /** Checks the options. */
    public TransactionOptions {
        Objects.requireNonNull(isolation, "isolation");
        Objects.requireNonNull(timeout, "timeout");
        timeout.ifPresent(t -> {
            if (t.isNegative() || t.isZero()) {
                throw new IllegalArgumentException("timeout must be positive, not " + t);
            }
        });
    }

    /** The connection's isolation level, read-write, no timeout. */
    public static TransactionOptions defaults() {
        return DEFAULTS;
    }

    /** These options with another isolation level. */
    public TransactionOptions isolation(Isolation level) {
        return new TransactionOptions(level, readOnly, timeout);
    }

    /** These options, read-only or read-write. */
    public TransactionOptions readOnly(boolean enabled) {
        return new TransactionOptions(isolation, enabled, timeout);
    }

    /** These options with a timeout for the whole transaction. */
    public TransactionOptions timeout(Duration limit) {
        return new TransactionOptions(isolation, readOnly, Optional.of(limit));
    }
}
