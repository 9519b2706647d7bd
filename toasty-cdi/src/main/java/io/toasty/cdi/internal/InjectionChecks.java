package io.toasty.cdi.internal;

import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.cdi.Database;
import io.toasty.model.Model;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.spi.Annotated;
import jakarta.enterprise.inject.spi.AnnotatedField;
import jakarta.enterprise.inject.spi.AnnotatedParameter;
import jakarta.enterprise.inject.spi.InjectionPoint;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Member;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns injection points that no bean will satisfy into deployment errors that say why and how to fix it, where the
 * container could only say "unsatisfied dependency": {@code Repository<NotAModel>}, the repository of a model no
 * database claims or of another database, the {@code Toasty} of a database without models.
 */
final class InjectionChecks {
    private final List<InjectionPoint> injectionPoints = new ArrayList<>();

    /** Keeps {@code injectionPoint} when it asks for a {@code Toasty} or a {@code Repository<SomeClass>}. */
    void record(InjectionPoint injectionPoint) {
        if (injectionPoint.getType() == Toasty.class
                || RepositoryType.modelOf(injectionPoint.getType()).isPresent()) {
            injectionPoints.add(injectionPoint);
        }
    }

    /** The models annotated {@link Model} whose repository is injected somewhere. */
    List<Class<?>> injectedModels() {
        return injectionPoints.stream()
                .flatMap(ip -> RepositoryType.modelOf(ip.getType()).stream())
                .filter(model -> model.isAnnotationPresent(Model.class))
                .distinct()
                .toList();
    }

    /** The injection points of {@code Repository<model>} recorded. */
    List<InjectionPoint> repositoriesOf(Class<?> model) {
        return injectionPoints.stream()
                .filter(ip -> RepositoryType.modelOf(ip.getType())
                        .filter(model::equals)
                        .isPresent())
                .toList();
    }

    /** One message per injection point that nothing will satisfy, for the reason Toasty knows, in a stable order. */
    List<String> problems(Assignment assignment, ProvidedBeans provided) {
        List<String> problems = new ArrayList<>();
        for (InjectionPoint injectionPoint : injectionPoints) {
            Set<Annotation> required = required(injectionPoint);
            Optional<DatabaseId> asked = askedDatabase(required);
            if (asked.isEmpty()) {
                continue; // a qualifier of the application's: the container reports what does not resolve
            }
            Optional<Class<?>> model = RepositoryType.modelOf(injectionPoint.getType());
            if (model.isPresent()) {
                if (!provided.satisfiesRepository(model.get(), required)) {
                    repositoryProblem(injectionPoint, model.get(), asked.get(), required, assignment)
                            .ifPresent(problems::add);
                }
            } else if (!provided.satisfiesToasty(required)
                    && assignment.plan(asked.get()).isEmpty()) {
                problems.add(describe(injectionPoint) + " injects the Toasty of " + asked.get()
                        + ", but no model lives there, and Toasty makes a Toasty bean only for a database with models."
                        + " Give it models (" + howToAssign(asked.get()) + "), or produce the Toasty yourself");
            }
        }
        return problems.stream().sorted().toList();
    }

    private static Optional<String> repositoryProblem(
            InjectionPoint injectionPoint,
            Class<?> model,
            DatabaseId asked,
            Set<Annotation> required,
            Assignment assignment) {
        String injects =
                describe(injectionPoint) + " injects " + Repository.class.getSimpleName() + "<" + model.getName() + ">";
        if (!model.isAnnotationPresent(Model.class)) {
            return Optional.of(injects + ", but " + model.getName() + " is not a model: annotate it with @"
                    + Model.class.getName() + ", or inject the Repository of a model");
        }
        Optional<DatabaseId> lives = assignment.databaseOf(model);
        if (lives.isEmpty()) {
            return Optional.of(injects + ", but " + model.getName() + " belongs to no database: "
                    + assignment.defaultPatterns().map(ModelPatterns::toString).orElse("toasty.models")
                    + " does not match it. Add it there or to a toasty.database.<name>.models setting, or annotate it"
                    + " with @" + Database.class.getName() + "(\"name\")");
        }
        if (required.contains(Default.Literal.INSTANCE) || lives.get().equals(asked)) {
            return Optional.empty();
        }
        return Optional.of(injects + " " + asked.qualifierText() + ", but " + model.getName() + " lives in "
                + lives.get() + ". Inject it without qualifier, or move " + model.getSimpleName() + " to " + asked
                + " (" + howToAssign(asked) + ")");
    }

    /** The qualifiers the injection point requires, without @Any: {@code @Default} when it names none. */
    private static Set<Annotation> required(InjectionPoint injectionPoint) {
        Set<Annotation> required = new HashSet<>(injectionPoint.getQualifiers());
        required.removeIf(Any.class::isInstance);
        if (required.isEmpty()) {
            required.add(Default.Literal.INSTANCE);
        }
        return required;
    }

    /** The database the qualifiers ask for, when they are Toasty's own: @Default or one @Database. */
    private static Optional<DatabaseId> askedDatabase(Set<Annotation> required) {
        if (required.size() != 1) {
            return Optional.empty();
        }
        Annotation qualifier = required.iterator().next();
        if (qualifier instanceof Default) {
            return Optional.of(DatabaseId.DEFAULT);
        }
        if (qualifier instanceof Database database && !database.value().isBlank()) {
            return Optional.of(DatabaseId.named(database.value()));
        }
        return Optional.empty();
    }

    private static String howToAssign(DatabaseId id) {
        return id.isDefault()
                ? "models without @Database, or those toasty.models matches when it is set"
                : "@Database(\"" + id.name().orElseThrow() + "\") on the model, or " + id.key(Assignment.MODELS);
    }

    /** {@code field com.acme.Accounts.users}, {@code parameter 'users' of the constructor of com.acme.Accounts}. */
    static String describe(InjectionPoint injectionPoint) {
        Annotated annotated = injectionPoint.getAnnotated();
        if (annotated instanceof AnnotatedField<?> field) {
            Member member = field.getJavaMember();
            return "field " + member.getDeclaringClass().getName() + "." + member.getName();
        }
        if (annotated instanceof AnnotatedParameter<?> parameter) {
            Member member = parameter.getDeclaringCallable().getJavaMember();
            Parameter java = parameter.getJavaParameter();
            String which = java.isNamePresent() ? "'" + java.getName() + "'" : "#" + parameter.getPosition();
            String of = member instanceof Constructor<?>
                    ? "the constructor of " + member.getDeclaringClass().getName()
                    : member.getDeclaringClass().getName() + "." + member.getName() + "()";
            return "parameter " + which + " of " + of;
        }
        return "injection point " + injectionPoint;
    }
}
