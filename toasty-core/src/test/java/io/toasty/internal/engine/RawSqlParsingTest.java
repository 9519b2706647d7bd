package io.toasty.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parameters are found outside literals, quoted names, comments, dollar quotes and casts, and nowhere else. */
class RawSqlParsingTest {
    private static RawSql.Parsed parse(String text) {
        return RawSql.parse(text, "test");
    }

    @Test
    void namedAndPositionalParameters() {
        RawSql.Parsed parsed = parse("SELECT * FROM t WHERE a = :first AND b = ? AND c = :first_2");
        assertEquals("SELECT * FROM t WHERE a = ? AND b = ? AND c = ?", parsed.jdbc());
        assertEquals(Arrays.asList("first", null, "first_2"), parsed.names());
    }

    @Test
    void textThatOnlyLooksLikeAParameter() {
        String text = "SELECT ':a', \"b?\", x::int, $$ :c ? $$, $tag$ ? $tag$ -- :d ?\n /* :e ? */ FROM t WHERE y = :y";
        RawSql.Parsed parsed = parse(text);
        assertEquals(text.replace(":y", "?"), parsed.jdbc());
        assertEquals(List.of("y"), parsed.names());
        assertEquals(List.of(), parse("SELECT 'it''s :not' FROM t").names());
        assertEquals(List.of("p"), parse("SELECT $1, :p").names());
    }
}
