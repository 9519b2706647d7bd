package io.toasty.migrate.internal;

import io.toasty.Schema;
import io.toasty.schema.ColumnDef;
import io.toasty.schema.ForeignKeyDef;
import io.toasty.schema.IndexDef;
import io.toasty.schema.PrimaryKeyDef;
import io.toasty.schema.ReferentialAction;
import io.toasty.schema.SchemaDef;
import io.toasty.schema.TableDef;
import io.toasty.schema.UniqueDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The statements that take a database from one schema description to another, in an order that works: foreign keys,
 * indexes and constraints that go away are dropped first, new tables are created, columns are renamed, added,
 * changed and dropped, then new constraints, indexes and foreign keys are added, and removed tables dropped last. A
 * rename is never guessed: without a hint a column that went away and one that came are a drop and an add, and a
 * note says how to hint.
 */
public final class SchemaDiff {
    /** One statement, what it does, and whether it loses data. */
    public record Step(String sql, String description, boolean destructive) {}

    /** The steps, and notes for whoever generates the migration. */
    public record Plan(List<Step> steps, List<String> notes) {
        public boolean isEmpty() {
            return steps.isEmpty();
        }
    }

    private final Schema schema;
    private final MigrationDatabase database;

    public SchemaDiff(Schema schema, MigrationDatabase database) {
        this.schema = schema;
        this.database = database;
    }

    /**
     * The plan from {@code from} to {@code to}.
     *
     * @param renames per table, new column name to old column name, besides the hints in {@code to}
     */
    public Plan plan(SchemaDef from, SchemaDef to, Map<String, Map<String, String>> renames) {
        List<Step> drops = new ArrayList<>();
        List<Step> creates = new ArrayList<>();
        List<Step> columns = new ArrayList<>();
        List<Step> adds = new ArrayList<>();
        List<Step> foreignKeys = new ArrayList<>();
        List<Step> tableDrops = new ArrayList<>();
        List<String> notes = new ArrayList<>();

        for (TableDef old : from.tables()) {
            TableDef now = to.table(old.name()).orElse(null);
            for (ForeignKeyDef fk : old.foreignKeys()) {
                if (now == null || now.foreignKeys().stream().noneMatch(f -> sameForeignKey(f, fk))) {
                    drops.add(new Step(
                            alter(old.name()) + " DROP CONSTRAINT " + q(fk.name()),
                            "drop foreign key " + fk.name(),
                            false));
                }
            }
        }
        for (TableDef now : to.tables()) {
            Optional<TableDef> existing = from.table(now.name());
            if (existing.isEmpty()) {
                TableDef created = withoutForeignKeys(now);
                for (String sql : schema.createStatements(created)) {
                    creates.add(new Step(sql, "create table " + now.name(), false));
                }
                for (ForeignKeyDef fk : now.foreignKeys()) {
                    foreignKeys.add(addForeignKey(now.name(), fk));
                }
                continue;
            }
            TableDef old = existing.get();
            Map<String, String> renamed = renames(old, now, renames.getOrDefault(now.name(), Map.of()));
            for (IndexDef index : old.indexes()) {
                if (!now.indexes().contains(index) || touchesRenamed(index.columns(), renamed)) {
                    drops.add(new Step("DROP INDEX " + q(index.name()), "drop index " + index.name(), false));
                }
            }
            for (UniqueDef unique : old.uniques()) {
                if (!now.uniques().contains(unique) || touchesRenamed(unique.columns(), renamed)) {
                    drops.add(new Step(
                            alter(old.name()) + " DROP CONSTRAINT " + q(unique.name()),
                            "drop unique constraint " + unique.name(),
                            false));
                }
            }
            boolean keyChanged = !old.primaryKey().equals(now.primaryKey())
                    || old.primaryKey()
                            .map(k -> touchesRenamed(k.columns(), renamed))
                            .orElse(false);
            if (keyChanged && old.primaryKey().isPresent()) {
                drops.add(new Step(
                        alter(old.name()) + " DROP CONSTRAINT "
                                + q(old.primaryKey().get().name()),
                        "drop primary key " + old.primaryKey().get().name(),
                        false));
            }
            columns(old, now, renamed, columns, notes);
            if (keyChanged && now.primaryKey().isPresent()) {
                PrimaryKeyDef key = now.primaryKey().get();
                adds.add(new Step(
                        alter(now.name()) + " ADD CONSTRAINT " + q(key.name()) + " PRIMARY KEY (" + list(key.columns())
                                + ")",
                        "add primary key " + key.name(),
                        false));
            }
            for (UniqueDef unique : now.uniques()) {
                if (!old.uniques().contains(unique) || touchesRenamed(unique.columns(), reverse(renamed))) {
                    adds.add(new Step(
                            alter(now.name()) + " ADD CONSTRAINT " + q(unique.name()) + " UNIQUE ("
                                    + list(unique.columns()) + ")",
                            "add unique constraint " + unique.name(),
                            false));
                }
            }
            for (IndexDef index : now.indexes()) {
                if (!old.indexes().contains(index) || touchesRenamed(index.columns(), reverse(renamed))) {
                    adds.add(new Step(
                            "CREATE INDEX " + q(index.name()) + " ON " + q(now.name()) + " (" + list(index.columns())
                                    + ")",
                            "create index " + index.name(),
                            false));
                }
            }
            for (ForeignKeyDef fk : now.foreignKeys()) {
                if (old.foreignKeys().stream().noneMatch(f -> sameForeignKey(f, fk))) {
                    foreignKeys.add(addForeignKey(now.name(), fk));
                }
            }
        }
        List<TableDef> removed = new ArrayList<>(from.tables());
        java.util.Collections.reverse(removed);
        for (TableDef old : removed) {
            if (to.table(old.name()).isEmpty()) {
                tableDrops.add(
                        new Step("DROP TABLE " + q(old.name()), "drops table " + old.name() + " with its data", true));
            }
        }
        List<Step> steps = new ArrayList<>();
        steps.addAll(drops);
        steps.addAll(creates);
        steps.addAll(columns);
        steps.addAll(adds);
        steps.addAll(foreignKeys);
        steps.addAll(tableDrops);
        return new Plan(steps, notes);
    }

    private static TableDef withoutForeignKeys(TableDef table) {
        return new TableDef(
                table.name(), table.columns(), table.primaryKey(), table.indexes(), table.uniques(), List.of());
    }

    private static boolean sameForeignKey(ForeignKeyDef a, ForeignKeyDef b) {
        return a.name().equalsIgnoreCase(b.name())
                && a.columns().equals(b.columns())
                && a.referencedTable().equals(b.referencedTable())
                && a.referencedColumns().equals(b.referencedColumns())
                && a.onDelete() == b.onDelete();
    }

    private Step addForeignKey(String table, ForeignKeyDef fk) {
        return new Step(
                alter(table) + " ADD CONSTRAINT " + q(fk.name()) + " FOREIGN KEY (" + list(fk.columns())
                        + ") REFERENCES " + q(fk.referencedTable()) + " (" + list(fk.referencedColumns()) + ")"
                        + (fk.onDelete() == ReferentialAction.NO_ACTION
                                ? ""
                                : " ON DELETE " + fk.onDelete().sql()),
                "add foreign key " + fk.name(),
                false);
    }

    /** New name to old name of the renamed columns: hints whose old column exists and whose new one does not. */
    private static Map<String, String> renames(TableDef old, TableDef now, Map<String, String> explicit) {
        Map<String, String> renamed = new HashMap<>();
        for (ColumnDef column : now.columns()) {
            Optional<String> from =
                    Optional.ofNullable(explicit.get(column.name())).or(column::renamedFrom);
            if (from.isPresent()
                    && old.column(from.get()).isPresent()
                    && old.column(column.name()).isEmpty()) {
                renamed.put(column.name(), from.get());
            }
        }
        return renamed;
    }

    private static Map<String, String> reverse(Map<String, String> renamed) {
        Map<String, String> reversed = new HashMap<>();
        renamed.forEach((now, old) -> reversed.put(old, now));
        return reversed;
    }

    private static boolean touchesRenamed(List<String> columns, Map<String, String> renamed) {
        return columns.stream().anyMatch(c -> renamed.containsKey(c) || renamed.containsValue(c));
    }

    private void columns(
            TableDef old, TableDef now, Map<String, String> renamed, List<Step> steps, List<String> notes) {
        String table = now.name();
        List<String> added = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (Map.Entry<String, String> rename : renamed.entrySet()) {
            steps.add(new Step(
                    alter(table) + " RENAME COLUMN " + q(rename.getValue()) + " TO " + q(rename.getKey()),
                    "rename column " + table + "." + rename.getValue() + " to " + rename.getKey(),
                    false));
        }
        for (ColumnDef column : now.columns()) {
            String oldName = renamed.getOrDefault(column.name(), column.name());
            Optional<ColumnDef> before = old.column(oldName);
            if (before.isEmpty()) {
                added.add(column.name());
                steps.add(new Step(
                        alter(table) + " ADD COLUMN " + columnDefinition(column),
                        "add column " + table + "." + column.name(),
                        false));
                if (!column.nullable() && column.defaultValue().isEmpty() && !column.identity()) {
                    notes.add(table + "." + column.name() + " is added NOT NULL without a default: this fails if "
                            + table + " has rows. Give it @Column(defaultValue = \"...\"), or edit the migration to"
                            + " fill it first");
                }
                continue;
            }
            changes(table, before.get(), column, steps, notes);
        }
        for (ColumnDef column : old.columns()) {
            if (now.column(column.name()).isEmpty() && !renamed.containsValue(column.name())) {
                dropped.add(column.name());
                steps.add(new Step(
                        alter(table) + " DROP COLUMN " + q(column.name()),
                        "drops column " + table + "." + column.name() + " with its data",
                        true));
            }
        }
        if (!added.isEmpty() && !dropped.isEmpty()) {
            notes.add("In " + table + ", " + String.join(", ", dropped) + " is dropped and " + String.join(", ", added)
                    + " is added. A rename is never guessed: this migration drops and adds, losing the data. If "
                    + added.get(0) + " is " + dropped.get(0) + " renamed, put @Column(renamedFrom = \""
                    + dropped.get(0) + "\") on its field, or pass --rename " + table + "." + dropped.get(0) + "="
                    + added.get(0) + ", and generate again");
        }
    }

    private void changes(String table, ColumnDef before, ColumnDef after, List<Step> steps, List<String> notes) {
        String column = q(after.name());
        String name = table + "." + after.name();
        if (!before.type().equalsIgnoreCase(after.type())) {
            boolean widening = widens(before.type(), after.type());
            steps.add(new Step(
                    database.alterType(q(table), column, after.type()),
                    (widening ? "widen " : "changes the type of ") + name + " from " + before.type() + " to "
                            + after.type() + (widening ? "" : ", which may lose data or fail on existing values"),
                    !widening));
        }
        if (!Objects.equals(before.defaultValue(), after.defaultValue())) {
            steps.add(
                    after.defaultValue().isPresent()
                            ? new Step(
                                    alter(table) + " ALTER COLUMN " + column + " SET DEFAULT "
                                            + after.defaultValue().get(),
                                    "set the default of " + name,
                                    false)
                            : new Step(
                                    alter(table) + " ALTER COLUMN " + column + " DROP DEFAULT",
                                    "drop the default of " + name,
                                    false));
        }
        if (before.nullable() != after.nullable()) {
            steps.add(new Step(
                    alter(table) + " ALTER COLUMN " + column + (after.nullable() ? " DROP NOT NULL" : " SET NOT NULL"),
                    (after.nullable() ? "allow null in " : "forbid null in ") + name,
                    false));
            if (!after.nullable()) {
                notes.add(name + " becomes NOT NULL: this fails if a row holds null there; fill those rows first");
            }
        }
        if (before.identity() != after.identity()) {
            notes.add(name + (after.identity() ? " becomes" : " stops being") + " an identity column: no statement"
                    + " is generated for that; write it by hand if needed");
        }
    }

    private String columnDefinition(ColumnDef column) {
        StringBuilder sql = new StringBuilder(q(column.name())).append(' ').append(column.type());
        column.defaultValue().ifPresent(value -> sql.append(" DEFAULT ").append(value));
        if (column.identity()) {
            sql.append(" GENERATED BY DEFAULT AS IDENTITY");
        }
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }

    private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");
    private static final Pattern SIZED = Pattern.compile("([a-z ]+?)\\s*\\((\\d+)(?:,\\s*(\\d+))?\\)");

    /** Whether every value of {@code from} fits {@code to} unchanged. */
    static boolean widens(String from, String to) {
        String a = from.toLowerCase(Locale.ROOT).trim();
        String b = to.toLowerCase(Locale.ROOT).trim();
        if (INTEGERS.contains(a) && INTEGERS.contains(b)) {
            return INTEGERS.indexOf(b) >= INTEGERS.indexOf(a);
        }
        if (a.equals("real") && b.equals("double precision")) {
            return true;
        }
        Matcher sa = SIZED.matcher(a);
        Matcher sb = SIZED.matcher(b);
        boolean sizedA = sa.matches();
        boolean sizedB = sb.matches();
        String baseA = sizedA ? sa.group(1) : a;
        String baseB = sizedB ? sb.group(1) : b;
        if (isText(baseA) && isText(baseB)) {
            return !sizedB || sizedA && Integer.parseInt(sb.group(2)) >= Integer.parseInt(sa.group(2));
        }
        if (baseA.equals("numeric") && (baseB.equals("numeric") || baseB.equals("decfloat"))) {
            if (!sizedB) {
                return true;
            }
            if (!sizedA) {
                return false;
            }
            int precisionA = Integer.parseInt(sa.group(2));
            int scaleA = sa.group(3) == null ? 0 : Integer.parseInt(sa.group(3));
            int precisionB = Integer.parseInt(sb.group(2));
            int scaleB = sb.group(3) == null ? 0 : Integer.parseInt(sb.group(3));
            return scaleB >= scaleA && precisionB - scaleB >= precisionA - scaleA;
        }
        if (INTEGERS.contains(a) && baseB.equals("numeric")) {
            return !sizedB
                    || Integer.parseInt(sb.group(2)) - (sb.group(3) == null ? 0 : Integer.parseInt(sb.group(3))) >= 19;
        }
        return false;
    }

    private static boolean isText(String base) {
        return base.equals("varchar") || base.equals("text") || base.equals("character varying");
    }

    private String alter(String table) {
        return "ALTER TABLE " + q(table);
    }

    private String q(String identifier) {
        return schema.quote(identifier);
    }

    private String list(List<String> columns) {
        return columns.stream().map(this::q).collect(Collectors.joining(", "));
    }
}
