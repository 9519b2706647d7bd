package io.toasty.internal.engine;

import io.toasty.InvalidQueryException;
import io.toasty.InvalidValueException;
import io.toasty.internal.dialect.Codec;
import io.toasty.internal.dialect.Codecs;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Raw SQL split at its parameters: {@code ?} or {@code :name}. String literals, quoted identifiers, comments,
 * PostgreSQL dollar quotes and {@code ::} casts are skipped, so a {@code ?} or {@code :x} inside them is text.
 */
final class RawSql {
    private RawSql() {}

    /**
     * The text around the parameters and each parameter's name (null for {@code ?}).
     *
     * @param segments the text before each parameter, and after the last one
     * @param names the name of each parameter, null where positional
     */
    record Parsed(List<String> segments, List<String> names) {
        int positional() {
            return (int) names.stream().filter(n -> n == null).count();
        }

        Set<String> named() {
            Set<String> set = new LinkedHashSet<>();
            names.stream().filter(n -> n != null).forEach(set::add);
            return set;
        }

        /** The JDBC text, with {@code ?} for every parameter. */
        String jdbc() {
            return String.join("?", segments);
        }

        /** Appends the text with positional {@code values} bound, checking their number first. */
        void render(Sql sql, List<Object> values, String what) {
            if (!named().isEmpty()) {
                throw new InvalidQueryException(what + " uses named parameters (:"
                        + named().iterator().next() + "), which a fragment cannot take: use ? placeholders");
            }
            if (values.size() != names.size()) {
                throw new InvalidQueryException(what + " has " + names.size() + " ? placeholder"
                        + (names.size() == 1 ? "" : "s") + " but " + values.size() + " value"
                        + (values.size() == 1 ? " was" : "s were") + " given");
            }
            for (int i = 0; i < values.size(); i++) {
                sql.append(segments.get(i));
                sql.bind(VALUE, encode(values.get(i)));
            }
            sql.append(segments.get(segments.size() - 1));
        }

        /** Binds named and positional values in order, after checking that every name is known and given. */
        void bind(Sql sql, List<Object> positional, Map<String, Object> named, String what) {
            Set<String> declared = named();
            for (String name : named.keySet()) {
                if (!declared.contains(name)) {
                    throw new InvalidQueryException(what + " has no parameter :" + name
                            + (declared.isEmpty()
                                    ? ": it has no named parameters"
                                    : "; its named parameters are :" + String.join(", :", declared)));
                }
            }
            for (String name : declared) {
                if (!named.containsKey(name)) {
                    throw new InvalidQueryException(what + " has a parameter :" + name
                            + " that was given no value: add bind(\"" + name + "\", value)");
                }
            }
            if (positional.size() != positional()) {
                throw new InvalidQueryException(what + " has " + positional() + " ? placeholder"
                        + (positional() == 1 ? "" : "s") + " but " + positional.size() + " value"
                        + (positional.size() == 1 ? " was" : "s were") + " given");
            }
            int next = 0;
            for (String name : names) {
                sql.value(VALUE, encode(name == null ? positional.get(next++) : named.get(name)));
            }
        }
    }

    /** Parsed texts, so that SQL kept in a constant is parsed once; past this many the cache starts over. */
    private static final int CACHED = 256;

    private static final Map<String, Parsed> PARSED = new ConcurrentHashMap<>();

    static Parsed parse(String text, String what) {
        Parsed parsed = PARSED.get(text);
        if (parsed == null) {
            parsed = split(text);
            if (PARSED.size() >= CACHED) {
                PARSED.clear();
            }
            PARSED.put(text, parsed);
        }
        return parsed;
    }

    private static Parsed split(String text) {
        List<String> segments = new ArrayList<>();
        List<String> names = new ArrayList<>();
        StringBuilder current = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                int end = text.indexOf(c, i + 1);
                while (end >= 0 && end + 1 < n && text.charAt(end + 1) == c) {
                    end = text.indexOf(c, end + 2);
                }
                end = end < 0 ? n : end + 1;
                current.append(text, i, end);
                i = end;
            } else if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                int end = text.indexOf('\n', i);
                end = end < 0 ? n : end;
                current.append(text, i, end);
                i = end;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                current.append(text, i, end);
                i = end;
            } else if (c == '$' && dollarTag(text, i) != null) {
                String tag = dollarTag(text, i);
                int end = text.indexOf(tag, i + tag.length());
                end = end < 0 ? n : end + tag.length();
                current.append(text, i, end);
                i = end;
            } else if (c == ':' && i + 1 < n && text.charAt(i + 1) == ':') {
                current.append("::");
                i += 2;
            } else if (c == ':' && i + 1 < n && Character.isJavaIdentifierStart(text.charAt(i + 1))) {
                int end = i + 1;
                while (end < n && Character.isJavaIdentifierPart(text.charAt(end))) {
                    end++;
                }
                segments.add(current.toString());
                current.setLength(0);
                names.add(text.substring(i + 1, end));
                i = end;
            } else if (c == '?') {
                segments.add(current.toString());
                current.setLength(0);
                names.add(null);
                i++;
            } else {
                current.append(c);
                i++;
            }
        }
        segments.add(current.toString());
        return new Parsed(List.copyOf(segments), Collections.unmodifiableList(names));
    }

    /** The {@code $tag$} opening a PostgreSQL dollar-quoted string at {@code i}, or null. */
    private static String dollarTag(String text, int i) {
        int end = i + 1;
        while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end)) && text.charAt(end) != '$') {
            end++;
        }
        if (end < text.length()
                && text.charAt(end) == '$'
                && (end == i + 1 || !Character.isDigit(text.charAt(i + 1)))) {
            return text.substring(i, end + 1);
        }
        return null;
    }

    /**
     * What the driver binds for a Java value: instants as UTC timestamps, enums by name, strings checked as every
     * string Toasty binds is (no NUL, no unpaired surrogate, which PostgreSQL refuses or the driver garbles).
     */
    static Object encode(Object value) {
        if (value instanceof String text) {
            try {
                return Codecs.text().encode(text);
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException(
                        "A value bound to raw SQL is refused: " + Model.describe(text) + " " + e.getMessage(), e);
            }
        }
        if (value instanceof Instant instant) {
            return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Character character) {
            return character.toString();
        }
        return value;
    }

    /** Binds a raw value with the driver's own mapping. */
    static final Codec VALUE = new Codec() {
        @Override
        public Object encode(Object value) {
            return RawSql.encode(value);
        }

        @Override
        public void bind(PreparedStatement statement, int index, Object encoded) throws SQLException {
            if (encoded == null) {
                statement.setNull(index, Types.NULL);
            } else {
                statement.setObject(index, encoded);
            }
        }

        @Override
        public Object read(ResultSet row, int column) throws SQLException {
            return row.getObject(column);
        }
    };
}
