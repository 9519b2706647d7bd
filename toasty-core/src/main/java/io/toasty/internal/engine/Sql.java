package io.toasty.internal.engine;

import io.toasty.internal.dialect.Codec;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * A statement and its bound values, each with the codec that binds it. Either rendered piece by piece, or a text
 * rendered once (by {@link Model}, per statement shape) whose placeholders are then given values in order.
 */
final class Sql {
    private static final Object[] NO_VALUES = {};
    private static final Codec[] NO_CODECS = {};

    /** The text being rendered; null for a text given whole. */
    private final StringBuilder text;
    /** The text, once asked for: the driver, the log and the listeners all read it. */
    private String rendered;

    private Object[] values;
    private Codec[] codecs;
    private int count;

    Sql() {
        this.text = new StringBuilder(128);
        this.values = NO_VALUES;
        this.codecs = NO_CODECS;
    }

    private Sql(String text, int binds) {
        this.text = null;
        this.rendered = text;
        this.values = binds == 0 ? NO_VALUES : new Object[binds];
        this.codecs = binds == 0 ? NO_CODECS : new Codec[binds];
    }

    /** A statement whose text is already rendered, with room for {@code binds} values. */
    static Sql of(String text, int binds) {
        return new Sql(text, binds);
    }

    Sql append(String part) {
        rendering().append(part);
        return this;
    }

    Sql append(char part) {
        rendering().append(part);
        return this;
    }

    private StringBuilder rendering() {
        if (text == null) {
            throw new IllegalStateException("this statement's text was rendered once and cannot be added to");
        }
        rendered = null;
        return text;
    }

    /** Appends the codec's placeholder and binds an already encoded value. */
    Sql bind(Codec codec, Object encoded) {
        rendering().append(codec.placeholder());
        return value(codec, encoded);
    }

    /** Binds an already encoded value to the next placeholder of a text rendered beforehand. */
    Sql value(Codec codec, Object encoded) {
        if (count == values.length) {
            int size = Math.max(8, count * 2);
            values = Arrays.copyOf(values, size);
            codecs = Arrays.copyOf(codecs, size);
        }
        values[count] = encoded;
        codecs[count] = codec;
        count++;
        return this;
    }

    /** Appends this statement's text and values to {@code target}, which is being rendered piece by piece. */
    void appendTo(Sql target) {
        target.append(toString());
        for (int i = 0; i < count; i++) {
            target.value(codecs[i], values[i]);
        }
    }

    int bindCount() {
        return count;
    }

    /** The bound values, for the log and the listeners. */
    List<Object> values() {
        return Arrays.asList(Arrays.copyOf(values, count));
    }

    void bindAll(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < count; i++) {
            codecs[i].bind(statement, i + 1, values[i]);
        }
    }

    @Override
    public String toString() {
        if (rendered == null) {
            rendered = text.toString();
        }
        return rendered;
    }
}
