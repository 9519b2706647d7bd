package io.toasty.internal.engine;

import io.toasty.internal.dialect.Codec;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A statement being rendered: its text and its bound values, each with the codec that binds it. */
final class Sql {
    private final StringBuilder text = new StringBuilder(128);
    private final List<Object> values = new ArrayList<>();
    private final List<Codec> codecs = new ArrayList<>();

    Sql append(String part) {
        text.append(part);
        return this;
    }

    Sql append(char part) {
        text.append(part);
        return this;
    }

    /** Appends the codec's placeholder and binds an already encoded value. */
    Sql bind(Codec codec, Object encoded) {
        text.append(codec.placeholder());
        values.add(encoded);
        codecs.add(codec);
        return this;
    }

    int bindCount() {
        return values.size();
    }

    List<Object> values() {
        return values;
    }

    void bindAll(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            codecs.get(i).bind(statement, i + 1, values.get(i));
        }
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
