package io.toasty.internal.engine;

import io.toasty.internal.meta.FieldMeta;
import io.toasty.internal.meta.IndexMeta;
import io.toasty.internal.meta.RelationSpec.Kind;
import io.toasty.model.OnDelete;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The foreign keys of the models' belongs-to relations: their DDL, the order tables are created in (a table after
 * the tables it refers to), and their check against the database.
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

    /** {@code CONSTRAINT "fk_..." FOREIGN KEY ("a") REFERENCES "t" ("id") ON DELETE CASCADE}. */
    static String constraint(RelationLink link) {
        Model<?> owner = link.owner;
        Model<?> target = link.target;
        return "CONSTRAINT " + owner.dialect.quote(name(link)) + " FOREIGN KEY ("
                + Arrays.stream(link.foreign).map(owner::column).collect(Collectors.joining(", ")) + ") REFERENCES "
                + target.table + " ("
                + Arrays.stream(link.referenced).map(target::column).collect(Collectors.joining(", ")) + ") ON DELETE "
                + onDelete(link).sql();
    }

    /**
     * The models in creation order: each after the models its foreign keys refer to, where the references allow;
     * otherwise (a cycle between tables) in the order given, with the foreign keys added after the tables.
     */
    static List<Model<?>> creationOrder(List<Model<?>> models) {
        List<Model<?>> ordered = new ArrayList<>();
        Set<Model<?>> placed = new HashSet<>();
        List<Model<?>> waiting = new ArrayList<>(models);
        while (!waiting.isEmpty()) {
            Model<?> next = waiting.stream()
                    .filter(model -> of(model).stream()
                            .allMatch(link -> link.target == model
                                    || placed.contains(link.target)
                                    || !models.contains(link.target)))
                    .findFirst()
                    .orElse(waiting.get(0));
            waiting.remove(next);
            placed.add(next);
            ordered.add(next);
        }
        return ordered;
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
