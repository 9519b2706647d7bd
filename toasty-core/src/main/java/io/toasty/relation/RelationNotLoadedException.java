package io.toasty.relation;

import io.toasty.ToastyException;

/**
 * A relation was read that was not loaded. Toasty never loads it behind the caller's back: the message names the
 * relation and the {@code include(...)} that would have loaded it.
 */
public class RelationNotLoadedException extends ToastyException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with its message. */
    public RelationNotLoadedException(String message) {
        super(message, null);
    }

    static RelationNotLoadedException of(String model, String relation) {
        if (model == null) {
            return new RelationNotLoadedException("This relation was not loaded by Toasty (the object was not read"
                    + " from the database, or was read without an include): load it with query().include(...) or"
                    + " repository.load(...)");
        }
        String metamodel = model + "_." + relation;
        return new RelationNotLoadedException(model + "." + relation + " was not loaded: add .include(" + metamodel
                + ") to the query, or load it for objects in hand with repository.load(objects, " + metamodel + ")");
    }
}
