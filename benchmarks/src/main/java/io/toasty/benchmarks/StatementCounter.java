package io.toasty.benchmarks;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * A data source that counts what its statements send: statements run on their own, and batches with their
 * entries. Used only to count, never while timing: its proxies cost more than what they count.
 */
final class StatementCounter {
    private int single;
    private int batches;
    private int batched;
    private final Map<String, Integer> prepared = new TreeMap<>();

    /** The texts prepared or executed through JDBC since the last call, each with how many times. */
    Map<String, Integer> takeTexts() {
        Map<String, Integer> texts = Map.copyOf(prepared);
        prepared.clear();
        return texts;
    }

    /** The counts since the last call, as {@code 2} or {@code 1 + 1000 in 10 batches}. */
    String takeCounts() {
        return takeCounts(1);
    }

    /** The counts of each of {@code calls} calls since the last call: the totals divided by {@code calls}. */
    String takeCounts(int calls) {
        String counts = batches == 0
                ? each(single, calls)
                : (single > 0 ? each(single, calls) + " + " : "") + each(batched, calls) + " in " + each(batches, calls)
                        + (batches == calls ? " batch" : " batches");
        single = 0;
        batches = 0;
        batched = 0;
        return counts;
    }

    private static String each(int total, int calls) {
        return total % calls == 0
                ? Integer.toString(total / calls)
                : String.format(java.util.Locale.ROOT, "%.2f", (double) total / calls);
    }

    DataSource wrap(DataSource dataSource) {
        return proxy(DataSource.class, dataSource, (target, method, args) -> {
            Object result = method.invoke(target, args);
            return result instanceof Connection connection ? connection(connection) : result;
        });
    }

    private Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            if (method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql) {
                prepared.merge(sql, 1, Integer::sum);
            }
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
                case "execute", "executeQuery", "executeUpdate", "executeLargeUpdate" -> {
                    single++;
                    if (args != null && args.length > 0 && args[0] instanceof String sql) {
                        prepared.merge(sql, 1, Integer::sum);
                    }
                }
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
