package io.toasty.internal.meta;

import java.util.Locale;

/** The default names of tables, columns and constraints. */
public final class Naming {
    private Naming() {}

    /** {@code createdAt} to {@code created_at}, {@code HTTPStatus} to {@code http_status}. */
    public static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean previousLower =
                        i > 0 && !Character.isUpperCase(name.charAt(i - 1)) && name.charAt(i - 1) != '_';
                boolean acronymEnd = i > 0
                        && Character.isUpperCase(name.charAt(i - 1))
                        && i + 1 < name.length()
                        && Character.isLowerCase(name.charAt(i + 1));
                if (previousLower || acronymEnd) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The default table name of a type: its simple name in snake case, the last word pluralized. */
    public static String tableName(String simpleName) {
        return plural(snakeCase(simpleName));
    }

    /** English plural of the last word: {@code category} to {@code categories}, {@code box} to {@code boxes}. */
    static String plural(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.endsWith("person")) {
            return word.substring(0, word.length() - "person".length()) + "people";
        }
        if (lower.endsWith("child")) {
            return word + "ren";
        }
        if (lower.endsWith("y") && word.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        if (lower.endsWith("s")
                || lower.endsWith("x")
                || lower.endsWith("z")
                || lower.endsWith("ch")
                || lower.endsWith("sh")) {
            return word + "es";
        }
        return word + "s";
    }
}
