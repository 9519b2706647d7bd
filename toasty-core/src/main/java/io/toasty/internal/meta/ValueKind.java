package io.toasty.internal.meta;

import java.util.Map;

/** How a field's values are stored: decides the column type, the binding and the metamodel attribute. */
public enum ValueKind {
    STRING(Attr.STRING),
    BOOLEAN(Attr.BASIC),
    BYTE(Attr.NUMBER),
    SHORT(Attr.NUMBER),
    INT(Attr.NUMBER),
    LONG(Attr.NUMBER),
    FLOAT(Attr.NUMBER),
    DOUBLE(Attr.NUMBER),
    CHAR(Attr.COMPARABLE),
    BIG_DECIMAL(Attr.NUMBER),
    BIG_INTEGER(Attr.NUMBER),
    UUID(Attr.COMPARABLE),
    INSTANT(Attr.COMPARABLE),
    OFFSET_DATE_TIME(Attr.COMPARABLE),
    LOCAL_DATE(Attr.COMPARABLE),
    LOCAL_TIME(Attr.COMPARABLE),
    LOCAL_DATE_TIME(Attr.COMPARABLE),
    BYTES(Attr.BASIC),
    ENUM_NAME(Attr.BASIC),
    ENUM_ORDINAL(Attr.BASIC),
    JSON(Attr.BASIC),
    CONVERTED(Attr.BASIC),
    STRING_ARRAY(Attr.ARRAY),
    INT_ARRAY(Attr.ARRAY),
    LONG_ARRAY(Attr.ARRAY),
    UUID_ARRAY(Attr.ARRAY);

    /** Which metamodel attribute class a field of this kind gets. */
    public enum Attr {
        BASIC,
        COMPARABLE,
        NUMBER,
        STRING,
        ARRAY
    }

    private static final Map<String, ValueKind> BY_TYPE_NAME = Map.ofEntries(
            Map.entry("java.lang.String", STRING),
            Map.entry("boolean", BOOLEAN),
            Map.entry("java.lang.Boolean", BOOLEAN),
            Map.entry("byte", BYTE),
            Map.entry("java.lang.Byte", BYTE),
            Map.entry("short", SHORT),
            Map.entry("java.lang.Short", SHORT),
            Map.entry("int", INT),
            Map.entry("java.lang.Integer", INT),
            Map.entry("long", LONG),
            Map.entry("java.lang.Long", LONG),
            Map.entry("float", FLOAT),
            Map.entry("java.lang.Float", FLOAT),
            Map.entry("double", DOUBLE),
            Map.entry("java.lang.Double", DOUBLE),
            Map.entry("char", CHAR),
            Map.entry("java.lang.Character", CHAR),
            Map.entry("java.math.BigDecimal", BIG_DECIMAL),
            Map.entry("java.math.BigInteger", BIG_INTEGER),
            Map.entry("java.util.UUID", UUID),
            Map.entry("java.time.Instant", INSTANT),
            Map.entry("java.time.OffsetDateTime", OFFSET_DATE_TIME),
            Map.entry("java.time.LocalDate", LOCAL_DATE),
            Map.entry("java.time.LocalTime", LOCAL_TIME),
            Map.entry("java.time.LocalDateTime", LOCAL_DATE_TIME),
            Map.entry("byte[]", BYTES),
            Map.entry("java.lang.String[]", STRING_ARRAY),
            Map.entry("java.lang.Integer[]", INT_ARRAY),
            Map.entry("java.lang.Long[]", LONG_ARRAY),
            Map.entry("java.util.UUID[]", UUID_ARRAY),
            // List fields of the same elements are stored as the same arrays
            Map.entry("java.util.List<java.lang.String>", STRING_ARRAY),
            Map.entry("java.util.List<java.lang.Integer>", INT_ARRAY),
            Map.entry("java.util.List<java.lang.Long>", LONG_ARRAY),
            Map.entry("java.util.List<java.util.UUID>", UUID_ARRAY));

    /**
     * The type name of a {@code List} field for {@link #ofTypeName}: {@code java.util.List<java.lang.String>} when
     * its elements ({@code elementName}, a canonical name) can be stored as an array, else plain
     * {@code java.util.List}, so that other lists (and {@code @Json} or {@code @Convert} ones) keep their name.
     */
    public static String listTypeName(String elementName, boolean jsonOrConverted) {
        String name = "java.util.List<" + elementName + ">";
        return !jsonOrConverted && BY_TYPE_NAME.containsKey(name) ? name : "java.util.List";
    }

    private final Attr attr;

    ValueKind(Attr attr) {
        this.attr = attr;
    }

    public Attr attr() {
        return attr;
    }

    /**
     * The kind of a field from its type's canonical name ({@code int}, {@code java.lang.String}, {@code byte[]}),
     * or null when Toasty does not store that type natively.
     */
    public static ValueKind ofTypeName(String canonicalName) {
        return BY_TYPE_NAME.get(canonicalName);
    }

    /** Whether values of this kind are arrays of scalars, stored as database arrays. */
    public boolean isArray() {
        return attr == Attr.ARRAY;
    }

    public boolean isIntegral() {
        return this == BYTE || this == SHORT || this == INT || this == LONG;
    }
}
