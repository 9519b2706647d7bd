package io.toasty.it;

import io.toasty.model.Auto;
import io.toasty.model.Convert;
import io.toasty.model.EnumOrdinal;
import io.toasty.model.Json;
import io.toasty.model.Key;
import io.toasty.model.Model;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One field of every type Toasty stores, primitives and boxes alike. */
@Model(table = "everything")
public class Everything {
    @Key
    @Auto
    long id;

    boolean aBoolean;
    Boolean aBoxedBoolean;
    byte aByte;
    Byte aBoxedByte;
    short aShort;
    Short aBoxedShort;
    int anInt;
    Integer aBoxedInt;
    long aLong;
    Long aBoxedLong;
    float aFloat;
    Float aBoxedFloat;
    double aDouble;
    Double aBoxedDouble;
    char aChar;
    Character aBoxedChar;
    String aString;
    BigDecimal aDecimal;
    BigInteger anInteger;
    UUID aUuid;
    Instant anInstant;
    OffsetDateTime anOffsetDateTime;
    LocalDate aDate;
    LocalTime aTime;
    LocalDateTime aDateTime;
    byte[] someBytes;
    Status byName;

    @EnumOrdinal
    Status byOrdinal;

    @Json
    Map<String, List<Integer>> json;

    @Json
    Address address;

    @Convert(MoneyCodec.class)
    Money price;

    /** A value stored as JSON. */
    public record Address(String street, String city, LocalDate since) {}
}
