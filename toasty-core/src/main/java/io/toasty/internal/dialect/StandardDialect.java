package io.toasty.internal.dialect;

import io.toasty.DeadlockException;
import io.toasty.DuplicateKeyException;
import io.toasty.ForeignKeyViolationException;
import io.toasty.NotNullViolationException;
import io.toasty.QueryTimeoutException;
import io.toasty.SerializationFailureException;
import io.toasty.ToastyException;
import io.toasty.ValueOutOfRangeException;
import io.toasty.internal.meta.IndexMeta;
import io.toasty.internal.meta.ModelMeta;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** What PostgreSQL and H2 share: SQL-standard error classes and constraint lookup by name. */
abstract class StandardDialect implements Dialect {

    /** What an SQLSTATE means; null when it has no specific exception. */
    enum Failure {
        DUPLICATE,
        FOREIGN_KEY,
        NOT_NULL,
        OUT_OF_RANGE,
        SERIALIZATION,
        DEADLOCK,
        TIMEOUT
    }

    abstract Failure classify(String sqlState);

    /**
     * What a failure means: by default what its SQLSTATE means. A dialect looks further where its database gives one
     * SQLSTATE two meanings.
     */
    Failure classify(SQLException failure, String sqlState) {
        return classify(sqlState);
    }

    @Override
    public ToastyException translate(SQLException failure, ModelMeta<?> model, String operation) {
        String state = failure.getSQLState() == null ? "" : failure.getSQLState();
        String what = operation + (model == null ? "" : " of " + model.name());
        String driver = failure.getMessage() + " (SQLSTATE " + state + ")";
        Failure kind = classify(failure, state);
        if (kind == null) {
            return new ToastyException(what + " failed on " + name() + ": " + driver, failure);
        }
        return switch (kind) {
            case DUPLICATE -> duplicate(failure, model, what, driver);
            case FOREIGN_KEY ->
                new ForeignKeyViolationException(
                        what + " broke a foreign key" + constraintPart(failure, model) + ": " + driver, failure);
            case NOT_NULL ->
                new NotNullViolationException(what + " wrote null into a NOT NULL column: " + driver, failure);
            case OUT_OF_RANGE ->
                new ValueOutOfRangeException(
                        what + " wrote a value too large or too long for its column: " + driver, failure);
            case SERIALIZATION ->
                new SerializationFailureException(
                        what + " could not be serialized with a concurrent transaction; retry the transaction: "
                                + driver,
                        failure);
            case DEADLOCK ->
                new DeadlockException(
                        what + " was chosen as the victim of a deadlock; retry the transaction: " + driver, failure);
            case TIMEOUT -> new QueryTimeoutException(what + " was cancelled after its timeout: " + driver, failure);
        };
    }

    private DuplicateKeyException duplicate(SQLException failure, ModelMeta<?> model, String what, String driver) {
        String constraint = model == null ? "" : knownConstraint(failure.getMessage(), model);
        List<String> fields = constraint.isEmpty() ? List.of() : model.fieldsOfConstraint(constraint);
        String message = constraint.isEmpty()
                ? what + " broke a unique constraint: " + driver
                : what + " broke unique constraint " + constraint + " ("
                        + fields.stream().map(f -> model.name() + "." + f).collect(Collectors.joining(", ")) + ")"
                        + ": a row with the same " + String.join(", ", fields) + " already exists";
        return new DuplicateKeyException(message, constraint, fields, failure);
    }

    private String constraintPart(SQLException failure, ModelMeta<?> model) {
        String constraint = model == null ? "" : knownConstraint(failure.getMessage(), model);
        return constraint.isEmpty() ? "" : " (" + constraint + ")";
    }

    /** The name of one of the model's constraints that the message mentions; the longest one wins. */
    static String knownConstraint(String message, ModelMeta<?> model) {
        if (message == null) {
            return "";
        }
        List<String> names = new ArrayList<>();
        names.add(model.primaryKeyName());
        model.indexes().stream().filter(IndexMeta::unique).map(IndexMeta::name).forEach(names::add);
        String best = "";
        for (String name : names) {
            if (message.contains(name) && name.length() > best.length()) {
                best = name;
            }
        }
        return best;
    }
}
