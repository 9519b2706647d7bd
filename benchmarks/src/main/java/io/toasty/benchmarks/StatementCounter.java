package io.toasty.benchmarks;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A data source that counts what its statements send: statements run on their own, and batches with their
 * entries. Used only to count, never while timing: its proxies cost more than what they count.
 */
final class StatementCounter {
    private int single;
    private int batches;
    private int batched;

    /** The counts since the last call, as {@code 2} or {@code 1 + 1000 in 10 batches}. */
    String takeCounts() {
        String counts = batches == 0
                ? Integer.toString(single)
                : (single > 0 ? single + " + " : "") + batched + " in " + batches
                        + (batches == 1 ? " batch" : " batches");
        single = 0;
        batches = 0;
        batched = 0;
        return counts;
    }

    DataSource wrap(DataSource dataSource) {
        return proxy(DataSource.class, dataSource, (target, method, args) -> {
            Object result = method.invoke(target, args);
            return result instanceof Connection connection ? connection(connection) : result;
        });
    }

    private Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            Object result = method.invoke(target, args);
            if (result instanceof Statement statement && Statement.class.isAssignableFrom(method.getReturnType())) {
                return statement(method.getReturnType(), statement);
            }
            return result;
        });
    }

    private Object statement(Class<?> type, Statement statement) {
        return proxy(type, statement, (target, method, args) -> {
            switch (method.getName()) {
                case "addBatch" -> batched++;
                case "executeBatch", "executeLargeBatch" -> batches++;
                case "execute", "executeQuery", "executeUpdate", "executeLargeUpdate" -> single++;
                default -> {}
            }
            return method.invoke(target, args);
        });
    }

    /** Calls on the target, with the proxy's own exceptions unwrapped. */
    private interface Call {
        Object invoke(Object target, Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, Object target, Call call) {
        InvocationHandler handler = (proxy, method, args) -> {
            try {
                return call.invoke(target, method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(
                Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
