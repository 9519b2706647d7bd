package io.toasty.migrate.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The statements of a migration file, split at semicolons outside quotes and comments, and the destructive steps its
 * {@code -- toasty:destructive} comments mark.
 */
public record SqlScript(List<String> statements, List<String> destructive) {
    /** The comment that marks the next statement as one that loses data. */
    public static final String DESTRUCTIVE_MARKER = "-- toasty:destructive";

    public SqlScript {
        statements = List.copyOf(statements);
        destructive = List.copyOf(destructive);
    }

    public static SqlScript parse(String text) {
        List<String> statements = new ArrayList<>();
        List<String> destructive = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.trim();
            if (trimmed.startsWith(DESTRUCTIVE_MARKER)) {
                destructive.add(trimmed.substring(DESTRUCTIVE_MARKER.length()).trim());
            }
        }
        StringBuilder current = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                int end = text.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
                current.append('\n');
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                current.append(' ');
            } else if (c == '\'' || c == '"') {
                int end = i + 1;
                while (end < n) {
                    if (text.charAt(end) == c) {
                        if (end + 1 < n && text.charAt(end + 1) == c) {
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    end++;
                }
                int stop = Math.min(end + 1, n);
                current.append(text, i, stop);
                i = stop;
            } else if (c == ';') {
                add(statements, current);
                current.setLength(0);
                i++;
            } else {
                current.append(c);
                i++;
            }
        }
        add(statements, current);
        return new SqlScript(statements, destructive);
    }

    private static void add(List<String> statements, StringBuilder current) {
        String statement = current.toString().strip();
        if (!statement.isEmpty()) {
            statements.add(statement.replaceAll("\n\\s*\n", "\n"));
        }
    }
}
