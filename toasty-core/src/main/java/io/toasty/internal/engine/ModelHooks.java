package io.toasty.internal.engine;

import io.toasty.ToastyException;
import io.toasty.internal.meta.HookMethods;
import io.toasty.internal.meta.HookSpec;
import io.toasty.internal.meta.ModelMeta;
import io.toasty.query.Condition;
import io.toasty.spi.ModelAccessor;
import io.toasty.spi.ModelAccessor.Hook;
import io.toasty.spi.WriteListener;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Calls the lifecycle hook methods of the models ({@link io.toasty.model.BeforeInsert} and the like) on each object
 * of a write, then the registered write listeners: a before hook runs before validation sees the object. Generated
 * accessors call the methods directly; models compiled without the processor through method handles found at
 * startup. Set-based writes have no objects, so they go to the listeners alone.
 */
final class ModelHooks implements WriteListener {
    /** The hooks of one model: which it has, by {@link Hook} ordinal, and how to call them. */
    private record Hooks(boolean[] present, ModelAccessor<Object> accessor, MethodHandle[] handles) {
        void run(Hook hook, Object instance) {
            if (!present[hook.ordinal()]) {
                return;
            }
            if (handles == null) {
                accessor.runHook(instance, hook);
                return;
            }
            try {
                handles[hook.ordinal()].invokeExact(instance);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new ToastyException(
                        "The lifecycle hook " + hook + " of "
                                + instance.getClass().getName() + " threw " + e,
                        e);
            }
        }
    }

    private final Map<Class<?>, Hooks> byModel;
    private final WriteListener next;

    private ModelHooks(Map<Class<?>, Hooks> byModel, WriteListener next) {
        this.byModel = byModel;
        this.next = next;
    }

    /** {@code next}, after the hooks of those of {@code metas} that have any; {@code next} itself when none has. */
    @SuppressWarnings("unchecked")
    static WriteListener around(WriteListener next, List<ModelMeta<?>> metas) {
        Map<Class<?>, Hooks> byModel = new HashMap<>();
        for (ModelMeta<?> meta : metas) {
            List<HookSpec> methods = HookMethods.read(meta.type());
            if (methods.isEmpty()) {
                continue;
            }
            boolean[] present = new boolean[Hook.values().length];
            methods.forEach(m -> m.hooks().forEach(h -> present[h.ordinal()] = true));
            byModel.put(
                    meta.type(),
                    new Hooks(
                            present,
                            (ModelAccessor<Object>) meta.accessor(),
                            meta.hasGeneratedAccessor() ? null : HookMethods.handles(meta.type())));
        }
        return byModel.isEmpty() ? next : new ModelHooks(Map.copyOf(byModel), next);
    }

    /**
     * Runs the hooks of each object's own class and of the model classes it extends, the base's first: in a
     * single-table hierarchy a {@code Car} written through {@code Repository<Vehicle>} runs the hooks declared on
     * {@code Car}, and a hook declared on {@code Vehicle} runs for every subclass.
     */
    private void run(Class<?> model, Hook hook, List<?> objects) {
        for (Object object : objects) {
            for (Hooks hooks : chain.get(object.getClass())) {
                hooks.run(hook, object);
            }
        }
    }

    /** The hooks of a class and of its superclasses, the base's first; computed once per class. */
    private final ClassValue<List<Hooks>> chain = new ClassValue<>() {
        @Override
        protected List<Hooks> computeValue(Class<?> type) {
            List<Hooks> found = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                Hooks hooks = byModel.get(c);
                if (hooks != null) {
                    found.add(0, hooks);
                }
            }
            return List.copyOf(found);
        }
    };

    @Override
    public void beforeInsert(Class<?> model, List<?> objects) {
        run(model, Hook.BEFORE_INSERT, objects);
        next.beforeInsert(model, objects);
    }

    @Override
    public void beforeUpsert(Class<?> model, List<?> objects) {
        run(model, Hook.BEFORE_INSERT, objects);
        next.beforeUpsert(model, objects);
    }

    @Override
    public void beforeUpdate(Class<?> model, Object object) {
        run(model, Hook.BEFORE_UPDATE, List.of(object));
        next.beforeUpdate(model, object);
    }

    @Override
    public void beforeSetBasedUpdate(Class<?> model, Map<String, Object> values) {
        next.beforeSetBasedUpdate(model, values);
    }

    @Override
    public void beforeSetBasedUpdate(Class<?> model, Condition<?> condition, Map<String, Object> values) {
        next.beforeSetBasedUpdate(model, condition, values);
    }

    @Override
    public void beforeDelete(Class<?> model, List<?> objects) {
        run(model, Hook.BEFORE_DELETE, objects);
        next.beforeDelete(model, objects);
    }

    @Override
    public void beforeSetBasedDelete(Class<?> model, Condition<?> condition) {
        next.beforeSetBasedDelete(model, condition);
    }

    @Override
    public void afterInsert(Class<?> model, List<?> objects) {
        run(model, Hook.AFTER_INSERT, objects);
        next.afterInsert(model, objects);
    }

    @Override
    public void afterUpdate(Class<?> model, List<?> objects) {
        run(model, Hook.AFTER_UPDATE, objects);
        next.afterUpdate(model, objects);
    }

    @Override
    public void afterUpsert(Class<?> model, List<?> rows) {
        next.afterUpsert(model, rows);
    }

    @Override
    public void afterDelete(Class<?> model, List<?> objects) {
        run(model, Hook.AFTER_DELETE, objects);
        next.afterDelete(model, objects);
    }

    @Override
    public void afterSetBasedUpdate(Class<?> model, Condition<?> condition, long count) {
        next.afterSetBasedUpdate(model, condition, count);
    }

    @Override
    public void afterSetBasedDelete(Class<?> model, Condition<?> condition, long count) {
        next.afterSetBasedDelete(model, condition, count);
    }
}
