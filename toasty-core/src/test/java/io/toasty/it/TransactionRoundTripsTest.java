package io.toasty.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.toasty.Isolation;
import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.TransactionOptions;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * What a transaction asks of its connection beyond its statements: pgjdbc answers
 * {@code getTransactionIsolation()} with a round trip, so a transaction reads the level only when it changes it, and
 * still gives the connection back to the pool as it found it.
 */
@DatabaseTest
class TransactionRoundTripsTest {
    private final TestDatabase db;
    /** The connection calls Toasty made, by method name, and the state of each connection as it was given back. */
    private final List<String> calls = new ArrayList<>();

    private final List<String> returned = new ArrayList<>();
    private final Toasty toasty;
    private final Repository<Counter> counters;
    /** The connection handed out last, unwatched. */
    private Connection lent;

    TransactionRoundTripsTest(TestDatabase db) {
        this.db = db;
        db.toasty(Counter.class);
        this.toasty =
                Toasty.builder(watched(db.dataSource())).models(Counter.class).build();
        this.counters = toasty.repository(Counter.class);
        // building it looked at the database: only what the tests do counts
        calls.clear();
        returned.clear();
    }

    /** The pool, with every connection it hands out watched: calls recorded, state noted when it is given back. */
    private DataSource watched(DataSource pool) {
        return (DataSource) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(pool, method, args);
                    return result instanceof Connection connection ? watched(connection) : result;
                });
    }

    private Connection watched(Connection connection) {
        lent = connection;
        return (Connection) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    calls.add(method.getName());
                    if (method.getName().equals("close")) {
                        returned.add("isolation " + connection.getTransactionIsolation() + ", autocommit "
                                + connection.getAutoCommit() + ", read-only " + connection.isReadOnly());
                    }
                    return invoke(connection, method, args);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The state of a fresh connection of the pool, as every transaction must leave it. */
    private String pristine() throws Exception {
        try (Connection connection = db.dataSource().getConnection()) {
            return "isolation " + connection.getTransactionIsolation() + ", autocommit " + connection.getAutoCommit()
                    + ", read-only " + connection.isReadOnly();
        }
    }

    @Test
    void aTransactionAtTheDefaultLevelNeverAsksTheConnectionForItsLevel() throws Exception {
        String pristine = pristine();
        toasty.transaction(tx -> counters.insert(new Counter("a", 1)));
        toasty.transaction(TransactionOptions.defaults().readOnly(true), tx -> counters.find("a"));

        assertFalse(calls.contains("getTransactionIsolation"), calls.toString());
        assertFalse(calls.contains("setTransactionIsolation"), calls.toString());
        assertEquals(List.of(pristine, pristine), returned);
        assertEquals(1, counters.get("a").value);
    }

    @Test
    void aTransactionAtAnotherLevelRunsAtItAndGivesTheConnectionBackAtItsOwnLevel() throws Exception {
        String pristine = pristine();
        int level = toasty.transaction(TransactionOptions.defaults().isolation(Isolation.SERIALIZABLE), tx -> {
            counters.query().list();
            return lent.getTransactionIsolation();
        });

        assertEquals(Connection.TRANSACTION_SERIALIZABLE, level);
        assertEquals(List.of(pristine), returned);
    }
}
