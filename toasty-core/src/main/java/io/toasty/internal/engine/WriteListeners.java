package io.toasty.internal.engine;

import io.toasty.query.Condition;
import io.toasty.spi.WriteListener;
import java.util.List;
import java.util.Map;

/** Several write listeners as one, called in the order they were registered. */
public final class WriteListeners implements WriteListener {
    private final List<WriteListener> listeners;

    private WriteListeners(List<WriteListener> listeners) {
        this.listeners = listeners;
    }

    /** One listener that calls each of {@code listeners} in order; the null object when there are none. */
    public static WriteListener of(List<WriteListener> listeners) {
        if (listeners.isEmpty()) {
            return WriteListener.none();
        }
        return listeners.size() == 1 ? listeners.get(0) : new WriteListeners(List.copyOf(listeners));
    }

    @Override
    public void beforeInsert(Class<?> model, List<?> objects) {
        listeners.forEach(l -> l.beforeInsert(model, objects));
    }

    @Override
    public void beforeUpsert(Class<?> model, List<?> objects) {
        listeners.forEach(l -> l.beforeUpsert(model, objects));
    }

    @Override
    public void beforeUpdate(Class<?> model, Object object) {
        listeners.forEach(l -> l.beforeUpdate(model, object));
    }

    @Override
    public void beforeSetBasedUpdate(Class<?> model, Map<String, Object> values) {
        listeners.forEach(l -> l.beforeSetBasedUpdate(model, values));
    }

    @Override
    public void beforeSetBasedUpdate(Class<?> model, Condition<?> condition, Map<String, Object> values) {
        listeners.forEach(l -> l.beforeSetBasedUpdate(model, condition, values));
    }

    @Override
    public void beforeDelete(Class<?> model, List<?> objects) {
        listeners.forEach(l -> l.beforeDelete(model, objects));
    }

    @Override
    public void beforeSetBasedDelete(Class<?> model, Condition<?> condition) {
        listeners.forEach(l -> l.beforeSetBasedDelete(model, condition));
    }

    @Override
    public void afterInsert(Class<?> model, List<?> objects) {
        listeners.forEach(l -> l.afterInsert(model, objects));
    }

    @Override
    public void afterUpdate(Class<?> model, List<?> objects) {
        listeners.forEach(l -> l.afterUpdate(model, objects));
    }

    @Override
    public void afterUpsert(Class<?> model, List<?> rows) {
        listeners.forEach(l -> l.afterUpsert(model, rows));
    }

    @Override
    public void afterDelete(Class<?> model, List<?> objects) {
        listeners.forEach(l -> l.afterDelete(model, objects));
    }

    @Override
    public void afterSetBasedUpdate(Class<?> model, Condition<?> condition, long count) {
        listeners.forEach(l -> l.afterSetBasedUpdate(model, condition, count));
    }

    @Override
    public void afterSetBasedDelete(Class<?> model, Condition<?> condition, long count) {
        listeners.forEach(l -> l.afterSetBasedDelete(model, condition, count));
    }
}
