package io.toasty.internal.dialect;

import io.toasty.internal.meta.FieldMeta;
import io.toasty.internal.meta.ValueKind;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** H2 2.x, the embedded default. */
final class H2Dialect extends StandardDialect {

    @Override
    public String name() {
        return "H2";
    }

    @Override
    public String columnType(FieldMeta field) {
        return switch (field.storedKind()) {
            case STRING -> field.length() > 0 ? "varchar(" + field.length() + ")" : "varchar";
            case CHAR -> "varchar(1)";
            case BOOLEAN -> "boolean";
            case BYTE, SHORT -> "smallint";
            case INT, ENUM_ORDINAL -> "integer";
            case LONG -> "bigint";
            case FLOAT -> "real";
            case DOUBLE -> "double precision";
            case BIG_DECIMAL ->
                field.precision() > 0 ? "numeric(" + field.precision() + ", " + field.scale() + ")" : "decfloat";
            case BIG_INTEGER -> "numeric(" + (field.precision() > 0 ? field.precision() : BIG_INTEGER_DIGITS) + ", 0)";
            case UUID -> "uuid";
            case INSTANT, OFFSET_DATE_TIME -> "timestamp with time zone";
            case LOCAL_DATE -> "date";
            case LOCAL_TIME -> "time(6)";
            case LOCAL_DATE_TIME -> "timestamp";
            case BYTES -> "varbinary";
            case ENUM_NAME -> "varchar";
            case JSON -> "json";
            case STRING_ARRAY -> "varchar array";
            case INT_ARRAY -> "integer array";
            case LONG_ARRAY -> "bigint array";
            case UUID_ARRAY -> "uuid array";
            case CONVERTED -> throw new IllegalStateException("converted fields are stored as their stored kind");
        };
    }

    @Override
    public String canonicalType(String typeName, int size, int digits) {
        String type = typeName.toLowerCase(Locale.ROOT);
        return switch (type) {
            case "character varying" -> size > 0 && size < MAX_LENGTH ? "varchar(" + size + ")" : "varchar";
            case "binary varying" -> size > 0 && size < MAX_LENGTH ? "varbinary(" + size + ")" : "varbinary";
            case "character" -> "char(" + size + ")";
            case "numeric" -> "numeric(" + size + ", " + digits + ")";
            case "decfloat" -> size == DEFAULT_DECFLOAT ? "decfloat" : "decfloat(" + size + ")";
            case "time" -> digits > 0 ? "time(" + digits + ")" : "time";
            case "timestamp" -> digits == DEFAULT_TIMESTAMP ? type : "timestamp(" + digits + ")";
            case "timestamp with time zone" ->
                digits == DEFAULT_TIMESTAMP ? type : "timestamp(" + digits + ") with time zone";
            default -> type;
        };
    }

    private static final int MAX_LENGTH = 1_000_000_000;
    private static final int DEFAULT_DECFLOAT = 100_000;
    private static final int DEFAULT_TIMESTAMP = 6;

    @Override
    public boolean supportsReturning() {
        return false;
    }

    @Override
    public int maxBindParameters() {
        return 65_535;
    }

    @Override
    public String arrayElementType(ValueKind kind) {
        return switch (kind) {
            case STRING, CHAR, ENUM_NAME -> "varchar";
            case BOOLEAN -> "boolean";
            case BYTE, SHORT -> "smallint";
            case INT, ENUM_ORDINAL -> "integer";
            case LONG -> "bigint";
            case FLOAT -> "real";
            case DOUBLE -> "double precision";
            case BIG_DECIMAL -> "decfloat";
            case BIG_INTEGER -> "numeric";
            case UUID -> "uuid";
            case INSTANT, OFFSET_DATE_TIME -> "timestamp with time zone";
            case LOCAL_DATE -> "date";
            case LOCAL_TIME -> "time";
            case LOCAL_DATE_TIME -> "timestamp";
            case JSON, CONVERTED, BYTES, STRING_ARRAY, INT_ARRAY, LONG_ARRAY, UUID_ARRAY -> null;
        };
    }

    @Override
    public int textLength(String text) {
        return text.length();
    }

    @Override
    public int maxArrayLength() {
        return 65_536;
    }

    @Override
    public String jsonPlaceholder() {
        return "? FORMAT JSON";
    }

    @Override
    public boolean enforcesReadOnly() {
        return false;
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    Failure classify(SQLException failure, String sqlState) {
        Failure kind = classify(sqlState);
        return kind == Failure.DEADLOCK && isSnapshotConflict(failure) ? Failure.SERIALIZATION : kind;
    }

    /**
     * Whether a 40001 is a write to a row changed since the snapshot of a REPEATABLE READ or SERIALIZABLE
     * transaction, which PostgreSQL reports as a serialization failure. H2 reports it as "Deadlock detected", with
     * the same SQLSTATE as a real deadlock; only its MVStore cause tells them apart: a deadlock's names its victim,
     * a snapshot conflict's has no text. Anything else stays a deadlock.
     */
    private static boolean isSnapshotConflict(SQLException failure) {
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause.getClass().getName().equals("org.h2.mvstore.MVStoreException")) {
                String message = cause.getMessage();
                return message != null && !message.toLowerCase(Locale.ROOT).contains("deadlock");
            }
        }
        return false;
    }

    @Override
    Failure classify(String sqlState) {
        return switch (sqlState) {
            case "23505" -> Failure.DUPLICATE;
            case "23503", "23506" -> Failure.FOREIGN_KEY;
            case "23502" -> Failure.NOT_NULL;
            case "22001", "22003" -> Failure.OUT_OF_RANGE;
            case "40001" -> Failure.DEADLOCK;
            case "57014", "HYT00" -> Failure.TIMEOUT;
            default -> null;
        };
    }
    /**
     * {@code MERGE INTO ... USING (VALUES ...) ON ... WHEN MATCHED THEN UPDATE ... WHEN NOT MATCHED THEN INSERT},
     * inside {@code SELECT ... FROM FINAL TABLE (...)} to read the resulting rows back.
     */
    @Override
    public String upsert(UpsertShape shape) {
        List<String> sourceColumns = new ArrayList<>();
        List<String> placeholders = new ArrayList<>();
        List<String> inserted = new ArrayList<>();
        for (int i = 0; i < shape.columns().size(); i++) {
            String column = shape.columns().get(i);
            if (shape.bound().get(i)) {
                sourceColumns.add(column);
                placeholders.add(shape.values().get(i));
                inserted.add("s_." + column);
            } else {
                inserted.add(shape.values().get(i));
            }
        }
        StringBuilder sql = new StringBuilder(256)
                .append("SELECT ")
                .append(shape.returning())
                .append(" FROM FINAL TABLE (MERGE INTO ")
                .append(shape.table())
                .append(" AS t_ USING (VALUES ");
        String row = String.join(", ", placeholders);
        for (int r = 0; r < shape.rows(); r++) {
            sql.append(r == 0 ? "(" : ", (").append(row).append(')');
        }
        sql.append(") AS s_(").append(String.join(", ", sourceColumns)).append(") ON ");
        for (int i = 0; i < shape.conflict().size(); i++) {
            String column = shape.conflict().get(i);
            sql.append(i == 0 ? "" : " AND ")
                    .append("t_.")
                    .append(column)
                    .append(" = s_.")
                    .append(column);
        }
        if (!shape.updates().isEmpty()) {
            sql.append(" WHEN MATCHED THEN UPDATE SET ");
            for (int i = 0; i < shape.updates().size(); i++) {
                UpsertShape.Update update = shape.updates().get(i);
                String column = update.column();
                sql.append(i == 0 ? "" : ", ").append(column).append(" = ");
                sql.append(
                        switch (update.source()) {
                            case NEW_ROW -> "s_." + column;
                            case INCREMENT -> "t_." + column + " + 1";
                            case NOW -> "CURRENT_TIMESTAMP";
                        });
            }
        }
        return sql.append(" WHEN NOT MATCHED THEN INSERT (")
                .append(String.join(", ", shape.columns()))
                .append(") VALUES (")
                .append(String.join(", ", inserted))
                .append("))")
                .toString();
    }

    /** H2 has no {@code = ANY} over an array column: {@code ARRAY_CONTAINS}. */
    @Override
    public String arrayContains(String column) {
        return "ARRAY_CONTAINS(" + column + ", ?)";
    }
}
