package io.toasty.migrate.internal;

import io.toasty.migrate.MigrationException;
import io.toasty.schema.ColumnDef;
import io.toasty.schema.ForeignKeyDef;
import io.toasty.schema.IndexDef;
import io.toasty.schema.PrimaryKeyDef;
import io.toasty.schema.ReferentialAction;
import io.toasty.schema.SchemaDef;
import io.toasty.schema.TableDef;
import io.toasty.schema.UniqueDef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The schema a migration leaves, stored beside it as {@code V<version>__<name>.schema} so that the next migration is
 * generated against it rather than against a database. One line per table, column and constraint, fields separated
 * by tabs; readable in a code review. Flyway ignores the file.
 */
public final class Snapshot {
    private static final String HEADER = "# toasty schema snapshot 1";

    private Snapshot() {}

    public static String write(SchemaDef schema) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (TableDef table : schema.tables()) {
            line(text, "table", table.name());
            for (ColumnDef column : table.columns()) {
                line(
                        text,
                        "column",
                        column.name(),
                        column.type(),
                        column.nullable() ? "null" : "not null",
                        column.identity() ? "identity" : "-",
                        column.defaultValue().map(v -> "=" + v).orElse("-"));
            }
            table.primaryKey().ifPresent(key -> line(text, "primary key", key.name(), join(key.columns())));
            table.uniques().forEach(u -> line(text, "unique", u.name(), join(u.columns())));
            table.indexes().forEach(i -> line(text, "index", i.name(), join(i.columns())));
            table.foreignKeys()
                    .forEach(f -> line(
                            text,
                            "foreign key",
                            f.name(),
                            join(f.columns()),
                            f.referencedTable(),
                            join(f.referencedColumns()),
                            f.onDelete().name()));
        }
        return text.toString();
    }

    private static String join(List<String> names) {
        return String.join(",", names);
    }

    private static void line(StringBuilder text, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            text.append(fields[i].replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n"));
        }
        text.append('\n');
    }

    public static SchemaDef read(String source, String text) {
        List<TableDef> tables = new ArrayList<>();
        Builder table = null;
        int number = 0;
        for (String line : text.split("\n")) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f =
                    Arrays.stream(line.split("\t", -1)).map(Snapshot::unescape).toArray(String[]::new);
            try {
                if (f[0].equals("table")) {
                    if (table != null) {
                        tables.add(table.build());
                    }
                    table = new Builder(f[1]);
                    continue;
                }
                if (table == null) {
                    throw new IllegalArgumentException("a table line must come first");
                }
                switch (f[0]) {
                    case "column" ->
                        table.columns.add(new ColumnDef(
                                f[1],
                                f[2],
                                f[3].equals("null"),
                                f[5].startsWith("=") ? Optional.of(f[5].substring(1)) : Optional.empty(),
                                f[4].equals("identity"),
                                Optional.empty()));
                    case "primary key" -> table.key = Optional.of(new PrimaryKeyDef(f[1], split(f[2])));
                    case "unique" -> table.uniques.add(new UniqueDef(f[1], split(f[2])));
                    case "index" -> table.indexes.add(new IndexDef(f[1], split(f[2])));
                    case "foreign key" ->
                        table.foreignKeys.add(new ForeignKeyDef(
                                f[1], split(f[2]), f[3], split(f[4]), ReferentialAction.valueOf(f[5])));
                    default -> throw new IllegalArgumentException("unknown line kind '" + f[0] + "'");
                }
            } catch (RuntimeException e) {
                throw new MigrationException("Schema snapshot " + source + " line " + number + " cannot be read ("
                        + e.getMessage() + "): restore it from version control, or generate against the database"
                        + " with --from-database");
            }
        }
        if (table != null) {
            tables.add(table.build());
        }
        return new SchemaDef(tables);
    }

    private static List<String> split(String names) {
        return names.isEmpty() ? List.of() : List.of(names.split(","));
    }

    private static String unescape(String field) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 1 < field.length()) {
                char next = field.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static final class Builder {
        final String name;
        final List<ColumnDef> columns = new ArrayList<>();
        Optional<PrimaryKeyDef> key = Optional.empty();
        final List<IndexDef> indexes = new ArrayList<>();
        final List<UniqueDef> uniques = new ArrayList<>();
        final List<ForeignKeyDef> foreignKeys = new ArrayList<>();

        Builder(String name) {
            this.name = name;
        }

        TableDef build() {
            return new TableDef(name, columns, key, indexes, uniques, foreignKeys);
        }
    }
}
