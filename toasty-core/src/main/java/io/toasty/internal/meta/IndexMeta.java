package io.toasty.internal.meta;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An index or unique constraint of a model's table.
 *
 * @param name the constraint or index name
 * @param fields the covered fields, in order
 * @param unique whether it is a unique constraint
 */
public record IndexMeta(String name, List<FieldMeta> fields, boolean unique) {
    /** The longest identifier PostgreSQL keeps; longer names are shortened with a hash. */
    static final int MAX_IDENTIFIER = 63;

    public IndexMeta {
        fields = List.copyOf(fields);
    }

    /** {@code uk_users_email}, {@code ix_posts_author_id_created_at}, {@code pk_users}: at most 63 characters. */
    public static String constraintName(String prefix, String table, List<String> columns) {
        String name = prefix + "_" + table + (columns.isEmpty() ? "" : "_" + String.join("_", columns));
        if (name.length() <= MAX_IDENTIFIER) {
            return name;
        }
        String hash = HexFormat.of().formatHex(sha1(name)).substring(0, 8);
        return name.substring(0, MAX_IDENTIFIER - 9) + "_" + hash;
    }

    public String columnList() {
        return fields.stream().map(FieldMeta::column).collect(Collectors.joining(", "));
    }

    private static byte[] sha1(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }
}
