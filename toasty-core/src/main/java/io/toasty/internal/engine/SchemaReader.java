package io.toasty.internal.engine;

import io.toasty.internal.dialect.Dialect;
import io.toasty.schema.ColumnDef;
import io.toasty.schema.ForeignKeyDef;
import io.toasty.schema.IndexDef;
import io.toasty.schema.PrimaryKeyDef;
import io.toasty.schema.ReferentialAction;
import io.toasty.schema.SchemaDef;
import io.toasty.schema.TableDef;
import io.toasty.schema.UniqueDef;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads the tables of the connection's current schema into a {@link SchemaDef}: columns, primary keys, indexes and
 * foreign keys through {@link DatabaseMetaData}, unique constraints through the standard {@code information_schema}
 * (JDBC does not tell a unique constraint from a unique index).
 */
final class SchemaReader {
    /** PostgreSQL writes a default as {@code 'x'::character varying}: the cast is not part of what was declared. */
    private static final Pattern TRAILING_CAST = Pattern.compile("::[a-z ]+(\\(\\d+(,\\s*\\d+)?\\))?$");

    private final Dialect dialect;
    private final Connection connection;
    private final DatabaseMetaData metadata;
    private final String catalog;
    private final String schema;

    SchemaReader(Dialect dialect, Connection connection) throws SQLException {
        this.dialect = dialect;
        this.connection = connection;
        this.metadata = connection.getMetaData();
        this.catalog = connection.getCatalog();
        this.schema = connection.getSchema();
    }

    SchemaDef read() throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = metadata.getTables(catalog, schema, "%", null)) {
            while (rows.next()) {
                String type = rows.getString("TABLE_TYPE");
                if ("TABLE".equals(type) || "BASE TABLE".equals(type)) {
                    names.add(rows.getString("TABLE_NAME"));
                }
            }
        }
        names.sort(null);
        List<TableDef> tables = new ArrayList<>();
        for (String name : names) {
            tables.add(table(name));
        }
        return new SchemaDef(SchemaImpl.creationOrder(tables));
    }

    private TableDef table(String table) throws SQLException {
        Optional<PrimaryKeyDef> key = primaryKey(table);
        List<UniqueDef> uniques = uniques(table);
        List<ForeignKeyDef> foreignKeys = foreignKeys(table);
        List<String> constraints = new ArrayList<>();
        key.ifPresent(k -> constraints.add(k.name()));
        uniques.forEach(u -> constraints.add(u.name()));
        foreignKeys.forEach(f -> constraints.add(f.name()));
        return new TableDef(table, columns(table), key, indexes(table, constraints), uniques, foreignKeys);
    }

    private List<ColumnDef> columns(String table) throws SQLException {
        List<ColumnDef> columns = new ArrayList<>();
        try (ResultSet rows = metadata.getColumns(catalog, schema, table, "%")) {
            while (rows.next()) {
                String type = dialect.canonicalType(
                        rows.getString("TYPE_NAME"), rows.getInt("COLUMN_SIZE"), rows.getInt("DECIMAL_DIGITS"));
                String declared = rows.getString("COLUMN_DEF");
                boolean identity = "YES".equalsIgnoreCase(rows.getString("IS_AUTOINCREMENT"))
                        || (declared != null && declared.startsWith("nextval("));
                Optional<String> defaultValue =
                        identity || declared == null ? Optional.empty() : Optional.of(withoutCast(declared));
                columns.add(new ColumnDef(
                        rows.getString("COLUMN_NAME"),
                        type,
                        rows.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
                        defaultValue,
                        identity,
                        Optional.empty()));
            }
        }
        return columns;
    }

    static String withoutCast(String expression) {
        String value = expression.trim();
        while (true) {
            String stripped = TRAILING_CAST.matcher(value).replaceFirst("");
            if (stripped.equals(value)) {
                break;
            }
            value = stripped;
        }
        if (value.startsWith("(") && value.endsWith(")") && value.indexOf('(', 1) < 0) {
            value = value.substring(1, value.length() - 1);
        }
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.equals("true") || lower.equals("false") || lower.equals("null") ? lower : value;
    }

    private Optional<PrimaryKeyDef> primaryKey(String table) throws SQLException {
        Map<Integer, String> columns = new TreeMap<>();
        String name = null;
        try (ResultSet rows = metadata.getPrimaryKeys(catalog, schema, table)) {
            while (rows.next()) {
                columns.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME"));
                name = rows.getString("PK_NAME");
            }
        }
        return name == null ? Optional.empty() : Optional.of(new PrimaryKeyDef(name, List.copyOf(columns.values())));
    }

    private List<UniqueDef> uniques(String table) throws SQLException {
        Map<String, Map<Integer, String>> uniques = new LinkedHashMap<>();
        String sql = "SELECT tc.constraint_name, kcu.column_name, kcu.ordinal_position"
                + " FROM information_schema.table_constraints tc"
                + " JOIN information_schema.key_column_usage kcu"
                + " ON kcu.constraint_schema = tc.constraint_schema AND kcu.constraint_name = tc.constraint_name"
                + " AND kcu.table_name = tc.table_name"
                + " WHERE tc.constraint_type = 'UNIQUE' AND tc.table_schema = ? AND tc.table_name = ?"
                + " ORDER BY tc.constraint_name, kcu.ordinal_position";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            statement.setString(2, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    uniques.computeIfAbsent(rows.getString(1), n -> new TreeMap<>())
                            .put(rows.getInt(3), rows.getString(2));
                }
            }
        }
        List<UniqueDef> result = new ArrayList<>();
        uniques.forEach((name, columns) -> result.add(new UniqueDef(name, List.copyOf(columns.values()))));
        return result;
    }

    private List<ForeignKeyDef> foreignKeys(String table) throws SQLException {
        record Part(String referencedTable, TreeMap<Integer, String[]> columns, ReferentialAction onDelete) {}
        Map<String, Part> parts = new LinkedHashMap<>();
        try (ResultSet rows = metadata.getImportedKeys(catalog, schema, table)) {
            while (rows.next()) {
                String name = rows.getString("FK_NAME");
                String referenced = rows.getString("PKTABLE_NAME");
                ReferentialAction onDelete = action(rows.getShort("DELETE_RULE"));
                parts.computeIfAbsent(name, n -> new Part(referenced, new TreeMap<>(), onDelete))
                        .columns()
                        .put(
                                rows.getInt("KEY_SEQ"),
                                new String[] {rows.getString("FKCOLUMN_NAME"), rows.getString("PKCOLUMN_NAME")});
            }
        }
        List<ForeignKeyDef> result = new ArrayList<>();
        parts.forEach((name, part) -> result.add(new ForeignKeyDef(
                name,
                part.columns().values().stream().map(c -> c[0]).toList(),
                part.referencedTable(),
                part.columns().values().stream().map(c -> c[1]).toList(),
                part.onDelete())));
        result.sort((a, b) -> a.name().compareTo(b.name()));
        return result;
    }

    private static ReferentialAction action(short rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> ReferentialAction.CASCADE;
            case DatabaseMetaData.importedKeySetNull -> ReferentialAction.SET_NULL;
            case DatabaseMetaData.importedKeySetDefault -> ReferentialAction.SET_DEFAULT;
            case DatabaseMetaData.importedKeyRestrict -> ReferentialAction.RESTRICT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    /**
     * The plain indexes: not those that back a constraint, which PostgreSQL names after the constraint and H2 names
     * {@code <constraint>_INDEX_<n>} or {@code PRIMARY_KEY_<n>}.
     */
    private List<IndexDef> indexes(String table, List<String> constraints) throws SQLException {
        Map<String, Map<Integer, String>> indexes = new LinkedHashMap<>();
        try (ResultSet rows = metadata.getIndexInfo(catalog, schema, table, false, false)) {
            while (rows.next()) {
                String name = rows.getString("INDEX_NAME");
                String column = rows.getString("COLUMN_NAME");
                if (name == null || column == null || backsConstraint(name, constraints)) {
                    continue;
                }
                if (!rows.getBoolean("NON_UNIQUE")) {
                    // a unique index made by hand: not something the models describe, so not reported as an index
                    continue;
                }
                indexes.computeIfAbsent(name, n -> new TreeMap<>()).put(rows.getInt("ORDINAL_POSITION"), column);
            }
        }
        List<IndexDef> result = new ArrayList<>();
        indexes.forEach((name, columns) -> result.add(new IndexDef(name, List.copyOf(columns.values()))));
        result.sort((a, b) -> a.name().compareTo(b.name()));
        return result;
    }

    private static boolean backsConstraint(String index, List<String> constraints) {
        String upper = index.toUpperCase(Locale.ROOT);
        if (upper.startsWith("PRIMARY_KEY_")) {
            return true;
        }
        for (String constraint : constraints) {
            String name = constraint.toUpperCase(Locale.ROOT);
            if (upper.equals(name) || upper.startsWith(name + "_INDEX_")) {
                return true;
            }
        }
        return false;
    }
}
