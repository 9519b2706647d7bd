package io.toasty.internal.engine;

import io.toasty.Schema;
import io.toasty.SchemaValidationException;
import io.toasty.internal.meta.FieldMeta;
import io.toasty.internal.meta.IndexMeta;
import io.toasty.internal.meta.ModelMeta;
import io.toasty.model.Column;
import io.toasty.schema.ColumnDef;
import io.toasty.schema.ForeignKeyDef;
import io.toasty.schema.IndexDef;
import io.toasty.schema.PrimaryKeyDef;
import io.toasty.schema.ReferentialAction;
import io.toasty.schema.SchemaDef;
import io.toasty.schema.TableDef;
import io.toasty.schema.UniqueDef;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * DDL from the models, and a check of the database against them through JDBC metadata. The DDL is written from
 * {@link #definition()}, so that it and migration tools see the same schema.
 */
final class SchemaImpl implements Schema {
    private final Engine engine;

    SchemaImpl(Engine engine) {
        this.engine = engine;
    }

    @Override
    public SchemaDef definition() {
        List<TableDef> tables = new ArrayList<>();
        for (Model<?> model : engine.allModels()) {
            if (sharesTable(model)) {
                continue;
            }
            tables.add(table(model.meta, foreignKeysOfTable(model)));
        }
        return new SchemaDef(creationOrder(tables));
    }

    private TableDef table(ModelMeta<?> meta, List<ForeignKeyDef> foreignKeys) {
        List<ColumnDef> columns = new ArrayList<>();
        for (FieldMeta field : meta.fields()) {
            Column column = columnAnnotation(meta.declaringType(field), field.name());
            columns.add(new ColumnDef(
                    field.column(),
                    engine.dialect.columnType(field),
                    field.nullable(),
                    hint(column == null ? "" : column.defaultValue()),
                    field.databaseGenerated(),
                    hint(column == null ? "" : column.renamedFrom())));
        }
        List<IndexDef> indexes = new ArrayList<>();
        List<UniqueDef> uniques = new ArrayList<>();
        for (IndexMeta index : meta.indexes()) {
            List<String> indexed =
                    index.fields().stream().map(FieldMeta::column).toList();
            if (index.unique()) {
                uniques.add(new UniqueDef(index.name(), indexed));
            } else {
                indexes.add(new IndexDef(index.name(), indexed));
            }
        }
        PrimaryKeyDef key = new PrimaryKeyDef(
                meta.primaryKeyName(),
                meta.keys().stream().map(FieldMeta::column).toList());
        return new TableDef(meta.table(), columns, Optional.of(key), indexes, uniques, foreignKeys);
    }

    private static Optional<String> hint(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** The {@code @Column} of a model's field or record component, or null; the processor does not carry the hints. */
    /** The foreign keys of a model's table: for the base of a hierarchy, those of its subclasses' relations too. */
    private List<ForeignKeyDef> foreignKeysOfTable(Model<?> model) {
        List<ForeignKeyDef> keys = new ArrayList<>(ForeignKeys.definitions(model));
        if (model.meta.hierarchy().isPresent()) {
            for (Model<?> other : engine.allModels()) {
                if (sharesTable(other) && other.meta.table().equals(model.meta.table())) {
                    for (ForeignKeyDef key : ForeignKeys.definitions(other)) {
                        if (keys.stream().noneMatch(k -> k.name().equals(key.name()))) {
                            keys.add(key);
                        }
                    }
                }
            }
        }
        return keys;
    }

    /** Whether the model is a subclass stored in the table of its hierarchy's base, which describes the table. */
    private static boolean sharesTable(Model<?> model) {
        return model.meta.hierarchy().filter(hierarchy -> !hierarchy.root()).isPresent();
    }

    private static Column columnAnnotation(Class<?> type, String fieldName) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(fieldName).getAnnotation(Column.class);
            } catch (NoSuchFieldException e) {
                // declared further up
            }
        }
        return null;
    }

    /** Referenced tables first, keeping the given order otherwise; tables in a cycle stay where they were. */
    static List<TableDef> creationOrder(List<TableDef> tables) {
        Map<String, TableDef> remaining = new LinkedHashMap<>();
        tables.forEach(t -> remaining.put(t.name(), t));
        List<TableDef> ordered = new ArrayList<>();
        while (!remaining.isEmpty()) {
            TableDef next = remaining.values().stream()
                    .filter(t -> t.foreignKeys().stream()
                            .allMatch(fk -> fk.referencedTable().equals(t.name())
                                    || !remaining.containsKey(fk.referencedTable())))
                    .findFirst()
                    .orElse(remaining.values().iterator().next());
            ordered.add(next);
            remaining.remove(next.name());
        }
        return ordered;
    }

    @Override
    public List<String> createStatements() {
        List<String> statements = new ArrayList<>();
        // a foreign key to a table not created yet (tables that refer to each other) is added after the tables
        List<String> later = new ArrayList<>();
        java.util.Set<String> created = new java.util.HashSet<>();
        for (TableDef table : definition().tables()) {
            created.add(table.name());
            List<ForeignKeyDef> inline = new ArrayList<>();
            for (ForeignKeyDef foreignKey : table.foreignKeys()) {
                if (created.contains(foreignKey.referencedTable())) {
                    inline.add(foreignKey);
                } else {
                    later.add("ALTER TABLE " + q(table.name()) + " ADD " + foreignKey(foreignKey));
                }
            }
            statements.addAll(createStatements(
                    inline.size() == table.foreignKeys().size()
                            ? table
                            : new TableDef(
                                    table.name(),
                                    table.columns(),
                                    table.primaryKey(),
                                    table.indexes(),
                                    table.uniques(),
                                    inline)));
        }
        statements.addAll(later);
        return statements;
    }

    @Override
    public List<String> createStatements(TableDef table) {
        List<String> statements = new ArrayList<>();
        statements.add(createTable(table));
        for (IndexDef index : table.indexes()) {
            statements.add("CREATE INDEX IF NOT EXISTS " + q(index.name()) + " ON " + q(table.name()) + " ("
                    + columns(index.columns()) + ")");
        }
        return statements;
    }

    private String createTable(TableDef table) {
        StringBuilder ddl = new StringBuilder("CREATE TABLE IF NOT EXISTS ")
                .append(q(table.name()))
                .append(" (");
        List<String> parts = new ArrayList<>();
        for (ColumnDef column : table.columns()) {
            StringBuilder part = new StringBuilder(q(column.name())).append(' ').append(column.type());
            column.defaultValue().ifPresent(value -> part.append(" DEFAULT ").append(value));
            if (column.identity()) {
                part.append(" GENERATED BY DEFAULT AS IDENTITY");
            }
            if (!column.nullable()) {
                part.append(" NOT NULL");
            }
            parts.add(part.toString());
        }
        table.primaryKey()
                .ifPresent(key ->
                        parts.add("CONSTRAINT " + q(key.name()) + " PRIMARY KEY (" + columns(key.columns()) + ")"));
        for (UniqueDef unique : table.uniques()) {
            parts.add("CONSTRAINT " + q(unique.name()) + " UNIQUE (" + columns(unique.columns()) + ")");
        }
        for (ForeignKeyDef foreignKey : table.foreignKeys()) {
            parts.add(foreignKey(foreignKey));
        }
        return ddl.append("\n  ")
                .append(String.join(",\n  ", parts))
                .append("\n)")
                .toString();
    }

    private String foreignKey(ForeignKeyDef foreignKey) {
        return "CONSTRAINT " + q(foreignKey.name()) + " FOREIGN KEY (" + columns(foreignKey.columns())
                + ") REFERENCES " + q(foreignKey.referencedTable()) + " ("
                + columns(foreignKey.referencedColumns()) + ")"
                + (foreignKey.onDelete() == ReferentialAction.NO_ACTION
                        ? ""
                        : " ON DELETE " + foreignKey.onDelete().sql());
    }

    private String columns(List<String> names) {
        return names.stream().map(this::q).collect(Collectors.joining(", "));
    }

    private String q(String identifier) {
        return engine.dialect.quote(identifier);
    }

    @Override
    public String quote(String identifier) {
        return q(Objects.requireNonNull(identifier, "identifier"));
    }

    @Override
    public SchemaDef read() {
        return engine.onOwnConnection(
                "schema reading", lease -> new SchemaReader(engine.dialect, lease.connection).read());
    }

    @Override
    public void create() {
        ddl(createStatements());
    }

    @Override
    public void drop() {
        List<String> statements = new ArrayList<>();
        // referring tables first: the reverse of the creation order
        List<TableDef> tables = new ArrayList<>(definition().tables());
        java.util.Collections.reverse(tables);
        for (TableDef table : tables) {
            statements.add("DROP TABLE IF EXISTS " + q(table.name()) + " CASCADE");
        }
        ddl(statements);
    }

    /** Runs DDL on a connection of its own, atomically where the database has transactional DDL. */
    private void ddl(List<String> statements) {
        Engine.Work<Void> work = lease -> {
            for (String statement : statements) {
                engine.execute(lease, statement);
            }
            return null;
        };
        if (engine.dialect.transactionalDdl()) {
            engine.transactionOnOwnConnection("schema", work);
        } else {
            engine.onOwnConnection("schema", work);
        }
    }

    @Override
    public void validate() {
        List<String> problems = engine.onOwnConnection("schema validation", lease -> {
            DatabaseMetaData metadata = lease.connection.getMetaData();
            String catalog = lease.connection.getCatalog();
            String schema = lease.connection.getSchema();
            List<String> found = new ArrayList<>();
            for (Model<?> model : engine.allModels()) {
                if (sharesTable(model)) {
                    // the table is the base's: only the foreign keys of the subclass's own relations are its own
                    found.addAll(ForeignKeys.validate(metadata, catalog, schema, model));
                    continue;
                }
                found.addAll(validate(metadata, catalog, schema, model.meta));
                found.addAll(ForeignKeys.validate(metadata, catalog, schema, model));
            }
            return found;
        });
        if (!problems.isEmpty()) {
            throw new SchemaValidationException("The database schema does not match the models (" + problems.size()
                    + " difference(s)):\n  - " + String.join("\n  - ", problems));
        }
    }

    private List<String> validate(DatabaseMetaData metadata, String catalog, String schema, ModelMeta<?> meta)
            throws SQLException {
        List<String> problems = new ArrayList<>();
        String table = meta.table();
        Map<String, ColumnInfo> columns = new HashMap<>();
        try (ResultSet rows = metadata.getColumns(catalog, schema, table, null)) {
            while (rows.next()) {
                columns.put(
                        rows.getString("COLUMN_NAME"),
                        new ColumnInfo(
                                rows.getString("TYPE_NAME"),
                                rows.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls));
            }
        }
        if (columns.isEmpty()) {
            problems.add("table " + table + " of " + meta.name() + " is missing");
            return problems;
        }
        for (FieldMeta field : meta.fields()) {
            ColumnInfo column = columns.get(field.column());
            if (column == null) {
                problems.add("column " + table + "." + field.column() + " of " + field.qualifiedName() + " is missing");
                continue;
            }
            String expected = family(engine.dialect.columnType(field));
            String actual = family(column.type());
            if (!expected.equals(actual)) {
                problems.add("column " + table + "." + field.column() + " has type " + column.type() + ", but "
                        + field.qualifiedName() + " needs " + engine.dialect.columnType(field));
            }
            if (column.nullable() != field.nullable()) {
                problems.add("column " + table + "." + field.column() + " is "
                        + (column.nullable() ? "nullable" : "NOT NULL") + ", but " + field.qualifiedName() + " is "
                        + (field.nullable() ? "nullable" : "not nullable"));
            }
        }
        Map<Integer, String> key = new TreeMap<>();
        try (ResultSet rows = metadata.getPrimaryKeys(catalog, schema, table)) {
            while (rows.next()) {
                key.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME"));
            }
        }
        List<String> expectedKey = meta.keys().stream().map(FieldMeta::column).toList();
        if (!new ArrayList<>(key.values()).equals(expectedKey)) {
            problems.add("table " + table + " has primary key " + key.values() + ", but " + meta.name() + " has key "
                    + expectedKey);
        }
        Map<String, IndexInfo> indexes = new LinkedHashMap<>();
        try (ResultSet rows = metadata.getIndexInfo(catalog, schema, table, false, false)) {
            while (rows.next()) {
                String name = rows.getString("INDEX_NAME");
                String column = rows.getString("COLUMN_NAME");
                if (name == null || column == null) {
                    continue;
                }
                IndexInfo index = indexes.computeIfAbsent(name, n -> new IndexInfo(new TreeMap<>(), new boolean[1]));
                index.columns().put(rows.getInt("ORDINAL_POSITION"), column);
                index.unique()[0] = !rows.getBoolean("NON_UNIQUE");
            }
        }
        for (IndexMeta index : meta.indexes()) {
            List<String> wanted = index.fields().stream().map(FieldMeta::column).toList();
            boolean present = indexes.values().stream()
                    .anyMatch(i ->
                            new ArrayList<>(i.columns().values()).equals(wanted) && (!index.unique() || i.unique()[0]));
            if (!present) {
                problems.add((index.unique() ? "unique constraint " : "index ") + index.name() + " on " + table + " "
                        + wanted + " is missing");
            }
        }
        return problems;
    }

    private record ColumnInfo(String type, boolean nullable) {}

    private record IndexInfo(TreeMap<Integer, String> columns, boolean[] unique) {}

    private static final Map<String, String> FAMILIES = Map.ofEntries(
            Map.entry("text", "text"),
            Map.entry("varchar", "text"),
            Map.entry("character varying", "text"),
            Map.entry("character", "text"),
            Map.entry("bpchar", "text"),
            Map.entry("smallint", "int2"),
            Map.entry("int2", "int2"),
            Map.entry("integer", "int4"),
            Map.entry("int4", "int4"),
            Map.entry("int", "int4"),
            Map.entry("bigint", "int8"),
            Map.entry("int8", "int8"),
            Map.entry("bigserial", "int8"),
            Map.entry("serial", "int4"),
            Map.entry("real", "float4"),
            Map.entry("float4", "float4"),
            Map.entry("double precision", "float8"),
            Map.entry("float8", "float8"),
            Map.entry("numeric", "numeric"),
            Map.entry("decimal", "numeric"),
            Map.entry("decfloat", "numeric"),
            Map.entry("bool", "bool"),
            Map.entry("boolean", "bool"),
            Map.entry("uuid", "uuid"),
            Map.entry("timestamptz", "timestamptz"),
            Map.entry("timestamp with time zone", "timestamptz"),
            Map.entry("timestamp", "timestamp"),
            Map.entry("timestamp without time zone", "timestamp"),
            Map.entry("date", "date"),
            Map.entry("time", "time"),
            Map.entry("time without time zone", "time"),
            Map.entry("bytea", "bytes"),
            Map.entry("varbinary", "bytes"),
            Map.entry("binary varying", "bytes"),
            Map.entry("jsonb", "json"),
            Map.entry("json", "json"));

    /** A type's family, so that {@code varchar(20)} and {@code CHARACTER VARYING} match. */
    static String family(String type) {
        String base = type.toLowerCase(Locale.ROOT).replaceAll("\\(.*\\)", "").trim();
        // arrays, as written (text[]), as PostgreSQL's driver reports them (_text) and as H2 does (varchar array)
        if (base.endsWith("[]")) {
            return family(base.substring(0, base.length() - 2)) + "[]";
        }
        if (base.startsWith("_")) {
            return family(base.substring(1)) + "[]";
        }
        if (base.endsWith(" array")) {
            return family(base.substring(0, base.length() - " array".length())) + "[]";
        }
        return FAMILIES.getOrDefault(base, base);
    }
}
