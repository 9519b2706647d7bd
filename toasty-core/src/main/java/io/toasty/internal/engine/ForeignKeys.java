package io.toasty.internal.engine;

import io.toasty.internal.meta.FieldMeta;
import io.toasty.internal.meta.IndexMeta;
import io.toasty.internal.meta.RelationSpec.Kind;
import io.toasty.model.OnDelete;
import io.toasty.schema.ForeignKeyDef;
import io.toasty.schema.ReferentialAction;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The foreign keys of the models' belongs-to relations: their part of the schema description (which the DDL and the
 * creation order of tables follow), and their check against the database.
 */
final class ForeignKeys {
    private ForeignKeys() {}

    /** The belongs-to relations of a model. */
    static List<RelationLink> of(Model<?> model) {
        return model.relations().values().stream()
                .filter(link -> link.kind() == Kind.BELONGS_TO)
                .toList();
    }

    static String name(RelationLink link) {
        return IndexMeta.constraintName(
                "fk",
                link.owner.meta.table(),
                Arrays.stream(link.foreign).map(FieldMeta::column).toList());
    }

    static OnDelete onDelete(RelationLink link) {
        return OnDelete.valueOf(link.spec.onDelete());
    }

    /** The foreign keys of a model's table, for the schema description. */
    static List<ForeignKeyDef> definitions(Model<?> model) {
        List<ForeignKeyDef> keys = new ArrayList<>();
        for (RelationLink link : of(model)) {
            keys.add(new ForeignKeyDef(
                    name(link),
                    Arrays.stream(link.foreign).map(FieldMeta::column).toList(),
                    link.target.meta.table(),
                    Arrays.stream(link.referenced).map(FieldMeta::column).toList(),
                    ReferentialAction.valueOf(onDelete(link).name())));
        }
        return keys;
    }

    /** The differences between the foreign keys a model declares and those its table has. */
    static List<String> validate(DatabaseMetaData metadata, String catalog, String schema, Model<?> model)
            throws SQLException {
        List<String> problems = new ArrayList<>();
        List<RelationLink> links = of(model);
        if (links.isEmpty()) {
            return problems;
        }
        Map<String, Found> found = new LinkedHashMap<>();
        try (ResultSet rows = metadata.getImportedKeys(catalog, schema, model.meta.table())) {
            while (rows.next()) {
                String name = rows.getString("FK_NAME");
                Found key = found.computeIfAbsent(name, n -> new Found(new TreeMap<>(), new String[1], new int[1]));
                int sequence = rows.getInt("KEY_SEQ");
                key.columns().put(sequence, rows.getString("FKCOLUMN_NAME"));
                key.table()[0] = rows.getString("PKTABLE_NAME");
                key.deleteRule()[0] = rows.getInt("DELETE_RULE");
            }
        }
        for (RelationLink link : links) {
            List<String> columns =
                    Arrays.stream(link.foreign).map(FieldMeta::column).toList();
            String table = link.target.meta.table();
            Found match = found.values().stream()
                    .filter(key -> new ArrayList<>(key.columns().values()).equals(columns)
                            && table.equalsIgnoreCase(key.table()[0]))
                    .findFirst()
                    .orElse(null);
            if (match == null) {
                problems.add("foreign key " + name(link) + " of " + link + " on " + model.meta.table() + " " + columns
                        + " referring to " + table + " is missing");
            } else if (!sameRule(onDelete(link), match.deleteRule()[0])) {
                problems.add("foreign key of " + link + " on " + model.meta.table() + " " + columns
                        + " has another ON DELETE rule than " + onDelete(link).sql());
            }
        }
        return problems;
    }

    private static boolean sameRule(OnDelete declared, int rule) {
        return switch (declared) {
            case CASCADE -> rule == DatabaseMetaData.importedKeyCascade;
            case SET_NULL -> rule == DatabaseMetaData.importedKeySetNull;
            // databases report RESTRICT and NO ACTION alike, or not: both refuse the delete
            case RESTRICT, NO_ACTION ->
                rule == DatabaseMetaData.importedKeyRestrict || rule == DatabaseMetaData.importedKeyNoAction;
        };
    }

    private record Found(TreeMap<Integer, String> columns, String[] table, int[] deleteRule) {}
}
