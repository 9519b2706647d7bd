package io.toasty.migrate;

/** A migration file was changed after it was applied. The message names the file. */
public class ChecksumMismatchException extends MigrationException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with its message. */
    public ChecksumMismatchException(String message) {
        super(message);
    }
}
