package io.toasty.cdi.internal;

import io.toasty.cdi.Database;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which database each model lives in: its own {@link Database} annotation; else the database whose {@code models}
 * setting matches it most closely (a class name, else the longest pattern); else, when {@code toasty.models} is unset,
 * the default database. A model that {@code toasty.models} is set and does not match belongs to none.
 */
final class Assignment {
    static final String MODELS = "models";
    static final String SCHEMA_MANAGEMENT = "schema-management";
    static final String MIGRATION_LOCATION = "migration-location";

    private static final Pattern DATABASE_KEY = Pattern.compile(
            "toasty\\.database\\.(.+)\\.(" + MODELS + "|" + SCHEMA_MANAGEMENT.replace("-", "\\-") + ")");

    private final Map<DatabaseId, DatabasePlan> plans;
    private final Map<Class<?>, DatabaseId> databases;
    private final Optional<ModelPatterns> defaultPatterns;
    private final List<String> problems;

    private Assignment(
            Map<DatabaseId, DatabasePlan> plans,
            Map<Class<?>, DatabaseId> databases,
            Optional<ModelPatterns> defaultPatterns,
            List<String> problems) {
        this.plans = plans;
        this.databases = databases;
        this.defaultPatterns = defaultPatterns;
        this.problems = problems;
    }

    /** Assigns {@code models} by their annotations and {@code settings}. */
    static Assignment of(Set<Class<?>> models, Settings settings) {
        List<String> problems = new ArrayList<>();
        Map<DatabaseId, Optional<ModelPatterns>> patterns = new TreeMap<>(DatabaseId.ORDER);
        patterns.put(DatabaseId.DEFAULT, patterns(DatabaseId.DEFAULT, settings, problems));
        for (String name : settings.names()) {
            Matcher matcher = DATABASE_KEY.matcher(name);
            if (matcher.matches()) {
                DatabaseId id = DatabaseId.named(matcher.group(1));
                patterns.computeIfAbsent(id, key -> patterns(key, settings, problems));
            }
        }

        Map<Class<?>, DatabaseId> databases = new LinkedHashMap<>();
        for (Class<?> model : models) {
            assign(model, patterns, problems).ifPresent(id -> databases.put(model, id));
        }

        Map<DatabaseId, List<Class<?>>> byDatabase = new TreeMap<>(DatabaseId.ORDER);
        patterns.keySet().forEach(id -> byDatabase.put(id, new ArrayList<>()));
        databases.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(Class::getName)))
                .forEach(entry -> byDatabase
                        .computeIfAbsent(entry.getValue(), key -> new ArrayList<>())
                        .add(entry.getKey()));
        Map<DatabaseId, DatabasePlan> plans = new LinkedHashMap<>();
        // every database's settings are checked, also those of a database without models
        byDatabase.forEach((id, its) -> {
            DatabasePlan plan = plan(id, its, settings, problems);
            if (!its.isEmpty()) {
                plans.put(id, plan);
            }
        });
        return new Assignment(plans, databases, patterns.get(DatabaseId.DEFAULT), problems);
    }

    private static Optional<ModelPatterns> patterns(DatabaseId id, Settings settings, List<String> problems) {
        String key = id.key(MODELS);
        try {
            return settings.value(key).map(text -> ModelPatterns.parse(key, text));
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<DatabaseId> assign(
            Class<?> model, Map<DatabaseId, Optional<ModelPatterns>> patterns, List<String> problems) {
        Database annotation = model.getAnnotation(Database.class);
        if (annotation != null) {
            if (annotation.value().isBlank()) {
                problems.add(model.getName() + " is annotated @Database(\"" + annotation.value()
                        + "\"): name its database, or remove the annotation to keep it in the default database");
                return Optional.empty();
            }
            return Optional.of(DatabaseId.named(annotation.value()));
        }
        int best = -1;
        List<DatabaseId> found = new ArrayList<>();
        for (Map.Entry<DatabaseId, Optional<ModelPatterns>> entry : patterns.entrySet()) {
            OptionalInt specificity =
                    entry.getValue().map(p -> p.specificity(model)).orElse(OptionalInt.empty());
            if (specificity.isPresent() && specificity.getAsInt() >= best) {
                if (specificity.getAsInt() > best) {
                    found.clear();
                    best = specificity.getAsInt();
                }
                found.add(entry.getKey());
            }
        }
        if (found.size() > 1) {
            problems.add(model.getName() + " is claimed as closely by several databases ("
                    + String.join(
                            ", ",
                            found.stream()
                                    .map(id -> patterns.get(id).orElseThrow().toString())
                                    .toList())
                    + "): a model lives in one database. Name it in one of them, or annotate it with @"
                    + Database.class.getName() + "(\"name\"), which takes precedence");
            return Optional.empty();
        }
        if (found.size() == 1) {
            return Optional.of(found.get(0));
        }
        return patterns.get(DatabaseId.DEFAULT).isPresent() ? Optional.empty() : Optional.of(DatabaseId.DEFAULT);
    }

    /** The plan of one database, with its own schema management setting, else the one of every database. */
    private static DatabasePlan plan(DatabaseId id, List<Class<?>> models, Settings settings, List<String> problems) {
        String key = id.key(SCHEMA_MANAGEMENT);
        Optional<String> value = settings.value(key);
        if (value.isEmpty() && !id.isDefault()) {
            key = DatabaseId.DEFAULT.key(SCHEMA_MANAGEMENT);
            value = settings.value(key);
        }
        Optional<SchemaManagement> parsed = value.flatMap(SchemaManagement::parse);
        if (value.isPresent() && parsed.isEmpty()) {
            problems.add(key + " is '" + value.get() + "': use " + SchemaManagement.choices());
        }
        if (parsed.filter(s -> s == SchemaManagement.MIGRATE).isPresent() && !Migrations.available()) {
            problems.add(key + " is 'migrate', which needs io.toasty:toasty-migrate on the class path: add the"
                    + " dependency");
        }
        String location = settings.value(id.key(MIGRATION_LOCATION))
                .or(() -> settings.value(DatabaseId.DEFAULT.key(MIGRATION_LOCATION)))
                .orElse(Migrations.DEFAULT_LOCATION);
        return new DatabasePlan(id, models, parsed.orElse(SchemaManagement.NONE), key, location);
    }

    /** The databases that have models, default first. */
    Iterable<DatabasePlan> plans() {
        return plans.values();
    }

    /** The plan of {@code id}, when it has models. */
    Optional<DatabasePlan> plan(DatabaseId id) {
        return Optional.ofNullable(plans.get(id));
    }

    /** The database of {@code model}; empty when none claims it. */
    Optional<DatabaseId> databaseOf(Class<?> model) {
        return Optional.ofNullable(databases.get(model));
    }

    /** The {@code toasty.models} setting, when it is set. */
    Optional<ModelPatterns> defaultPatterns() {
        return defaultPatterns;
    }

    /** Every configuration mistake found, one message each. */
    List<String> problems() {
        return List.copyOf(new TreeSet<>(problems));
    }
}
