package io.toasty;

import io.toasty.query.Condition;
import io.toasty.query.Include;
import io.toasty.query.RelationAttribute;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes the rows of one model. Each method is one explicit statement (or one atomic group of them):
 * there is no dirty checking and no hidden flush. Outside a transaction each call runs in autocommit on its own
 * pooled connection; inside {@link Toasty#transaction} it runs in that transaction.
 *
 * <p>Every value is checked before the first statement is sent, so a call that fails for bad input writes
 * nothing. Thread-safe.
 *
 * @param <T> the model
 */
public interface Repository<T> {
    /** The model class. */
    Class<T> model();

    /**
     * Inserts one object and returns it with its generated values ({@link io.toasty.model.Auto} keys,
     * {@link io.toasty.model.Version}) filled in: the same instance for a class, a new one for a record.
     */
    T insert(T object);

    /**
     * Inserts many objects in one round trip (more only when the database's limit on bound values forces it, and
     * then still atomically), and returns them with their generated values, in the same order.
     */
    List<T> insertAll(Collection<? extends T> objects);

    /**
     * Inserts {@code object}, or, when a row already has its unique key (the conflict target), updates that row as
     * {@code onConflict} says or leaves it alone: one statement, atomic even against concurrent writers of the same
     * key. Write listeners see it first ({@link io.toasty.spi.WriteListener#beforeUpsert}); a new row gets its
     * {@link io.toasty.model.Version} 1, an updated one its version incremented (not checked).
     *
     * <pre>{@code
     * users.upsert(user, OnConflict.on(User_.email).update(User_.name));
     * }</pre>
     *
     * @return the row as the database holds it after the statement, a new instance: the inserted or updated row, or
     *     for {@link OnConflict.Action#IGNORE} the row that was already there
     */
    T upsert(T object, OnConflict<T> onConflict);

    /**
     * Upserts many objects as {@link #upsert} does, in one statement (more only past the database's limit on bound
     * values, and then atomically), and returns the resulting rows in the order of the objects. Two objects with the
     * same conflict target are refused before any SQL.
     */
    List<T> upsertAll(Collection<? extends T> objects, OnConflict<T> onConflict);

    /**
     * Finds the object with this key: one value per {@link io.toasty.model.Key} field, in declaration order. A
     * soft-deleted row is not found.
     */
    Optional<T> find(Object... key);

    /**
     * Gets the object with this key.
     *
     * @throws NotFoundException naming the model and the key when no row has it
     */
    T get(Object... key);

    /**
     * Writes every field of {@code object} to the row with its key, and returns it (a new instance for a record)
     * with its {@link io.toasty.model.Version} incremented.
     *
     * @throws NotFoundException when no row has the object's key
     * @throws OptimisticLockException when the row's version is not the object's
     */
    T update(T object);

    /**
     * Updates many objects as {@link #update} does, in one round trip (a JDBC batch), and returns them in the same
     * order. Every value of every object is checked before the first statement. Atomic: when it throws, none of its
     * updates remain (inside a transaction, it rolls back to a savepoint set before the batch).
     *
     * @throws NotFoundException when no row has the key of one of the objects
     * @throws OptimisticLockException when the row of one of the objects has another version
     */
    List<T> updateAll(Collection<? extends T> objects);

    /**
     * Deletes the row of {@code object}, checking its version if the model has one.
     *
     * @return whether a row was deleted
     * @throws OptimisticLockException when the row's version is not the object's
     */
    boolean delete(T object);

    /**
     * Deletes the row with this key; returns whether there was one. For a {@link io.toasty.model.SoftDelete} model
     * this sets its deleted-at time instead (as {@link #delete} does).
     */
    boolean deleteByKey(Object... key);

    /** A query over every row of the model. */
    Query<T> query();

    /** A query over the rows that match {@code condition}. */
    Query<T> where(Condition<T> condition);

    /** The number of rows. */
    long count();

    /** Whether a row has this key. */
    boolean existsByKey(Object... key);

    /**
     * Loads {@code relation} on objects already in hand, with one statement for all of them (not one per object).
     *
     * @throws MappingException before any SQL when {@code relation} is not a relation of this model
     */
    <R> void load(Collection<? extends T> objects, RelationAttribute<T, R> relation);

    /** Loads an include, with its filter, order and nested includes, on objects in hand: one statement per level. */
    void load(Collection<? extends T> objects, Include<T, ?> include);

    /**
     * Relates {@code object} to {@code target} with one explicit statement: for a belongs-to, sets the object's
     * foreign key to the target's key; for a has-many or has-one, sets the target's foreign key to the object's key;
     * for a many-to-many, inserts a row of the join model. Foreign-key fields of the objects are updated too;
     * relations already loaded are not.
     *
     * @return whether a row was written
     * @throws InvalidValueException before any SQL when an object has no key yet
     */
    <R> boolean link(T object, RelationAttribute<T, R> relation, R target);

    /**
     * Undoes {@link #link}: sets the foreign key to null (the field must be nullable), or deletes the join row.
     *
     * @return whether a row was written
     */
    <R> boolean unlink(T object, RelationAttribute<T, R> relation, R target);

    /** Deletes the row of {@code object}, even from a {@link io.toasty.model.SoftDelete} model. */
    boolean hardDelete(T object);

    /** Deletes the row with this key, even from a {@link io.toasty.model.SoftDelete} model. */
    boolean hardDeleteByKey(Object... key);
}
