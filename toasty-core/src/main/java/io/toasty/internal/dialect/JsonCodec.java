package io.toasty.internal.dialect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.lang.reflect.Type;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * JSON columns through Jackson, loaded only when a model has a {@code @Json} field. The mapper registers the
 * modules on the class path (java.time among them) and writes dates as ISO strings.
 */
final class JsonCodec implements Codec {
    private static final class Holder {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .findAndRegisterModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private final JavaType type;
    private final String placeholder;

    JsonCodec(Type genericType, String placeholder) {
        this.type = Holder.MAPPER.getTypeFactory().constructType(genericType);
        this.placeholder = placeholder;
    }

    @Override
    public Object encode(Object value) {
        if (!type.getRawClass().isInstance(value)) {
            throw new IllegalArgumentException(
                    "expected a " + type.getRawClass().getSimpleName() + " but got a "
                            + value.getClass().getName());
        }
        try {
            String json = Holder.MAPPER.writerFor(type).writeValueAsString(value);
            Codecs.checkText(json);
            return json;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public void bind(PreparedStatement statement, int index, Object encoded) throws SQLException {
        if (encoded == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, (String) encoded);
        }
    }

    @Override
    public Object read(ResultSet row, int column) throws SQLException {
        String json = row.getString(column);
        if (json == null) {
            return null;
        }
        try {
            return Holder.MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "the column holds JSON that does not read as " + type + ": " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public String placeholder() {
        return placeholder;
    }
}
