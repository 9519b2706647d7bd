package io.toasty.jta.internal;

import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Transactional;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;

/** What an interceptor needs to know about the invocation it intercepts. */
final class Invocations {
    private Invocations() {}

    /** The binding annotation of {@code type} on the intercepted method or its class. */
    static <A extends Annotation> A binding(InvocationContext context, Class<A> type) {
        A binding = context.getInterceptorBinding(type);
        if (binding == null) {
            binding = annotation(context, type);
        }
        if (binding == null) {
            throw new IllegalStateException("No @" + type.getSimpleName() + " on " + describe(context));
        }
        return binding;
    }

    /** {@code @Transactional} of the intercepted method, or of its class, or null. */
    static Transactional transactional(InvocationContext context) {
        return annotation(context, Transactional.class);
    }

    private static <A extends Annotation> A annotation(InvocationContext context, Class<A> type) {
        Method method = context.getMethod();
        A annotation = method.getAnnotation(type);
        if (annotation == null) {
            // the target is the container's subclass of the bean class, which inherits @Inherited annotations
            Class<?> owner = context.getTarget() == null
                    ? method.getDeclaringClass()
                    : context.getTarget().getClass();
            annotation = owner.getAnnotation(type);
        }
        return annotation;
    }

    /** {@code Accounts.transfer()}, for messages. */
    static String describe(InvocationContext context) {
        Method method = context.getMethod();
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + "()";
    }
}
