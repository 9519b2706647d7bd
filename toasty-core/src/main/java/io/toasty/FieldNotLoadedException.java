package io.toasty;

/** A {@link Deferred} field was read although the query that returned its object did not load it. */
public class FieldNotLoadedException extends ToastyException {
    private static final long serialVersionUID = 1L;

    public FieldNotLoadedException(String message) {
        super(message);
    }
}
