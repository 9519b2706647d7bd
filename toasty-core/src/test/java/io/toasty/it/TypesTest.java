package io.toasty.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.Repository;
import io.toasty.ToastyException;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@DatabaseTest
class TypesTest {
    private final TestDatabase db;
    private final Repository<Everything> repository;

    TypesTest(TestDatabase db) {
        this.db = db;
        this.repository = db.toasty(Everything.class).repository(Everything.class);
    }

    private static Everything full() {
        Everything e = new Everything();
        e.aBoolean = true;
        e.aBoxedBoolean = false;
        e.aByte = -128;
        e.aBoxedByte = 127;
        e.aShort = Short.MIN_VALUE;
        e.aBoxedShort = Short.MAX_VALUE;
        e.anInt = Integer.MIN_VALUE;
        e.aBoxedInt = Integer.MAX_VALUE;
        e.aLong = Long.MIN_VALUE;
        e.aBoxedLong = Long.MAX_VALUE;
        e.aFloat = 1.5f;
        e.aBoxedFloat = -0.25f;
        e.aDouble = Math.PI;
        e.aBoxedDouble = Double.MAX_VALUE;
        e.aChar = 'ß';
        e.aBoxedChar = '€';
        e.aString = "Grüße, 世界 and an emoji 🍞 (a surrogate pair)";
        e.aDecimal = new BigDecimal("12345678901234567890.123456789");
        e.anInteger = new BigInteger("123456789012345678901234567890123456789");
        e.aUuid = UUID.randomUUID();
        e.anInstant = Instant.parse("2026-11-21T10:15:30.123456Z");
        e.anOffsetDateTime = OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 6000, ZoneOffset.ofHours(2));
        e.aDate = LocalDate.of(1815, 12, 10);
        e.aTime = LocalTime.of(23, 59, 58, 123456000);
        e.aDateTime = LocalDateTime.of(2000, 2, 29, 12, 0, 1, 500000000);
        e.someBytes = new byte[] {0, 1, -1, 127, -128};
        e.byName = Status.SUSPENDED;
        e.byOrdinal = Status.CLOSED;
        e.json = Map.of("primes", List.of(2, 3, 5, 7));
        e.address = new Everything.Address("Main St 1", "Zürich", LocalDate.of(2020, 1, 1));
        e.price = new Money(new BigDecimal("12.50"), "CHF");
        return e;
    }

    @Test
    void everyTypeRoundTrips() {
        Everything written = repository.insert(full());
        Everything read = repository.get(written.id);
        Everything expected = full();
        assertEquals(expected.aBoolean, read.aBoolean);
        assertEquals(expected.aBoxedBoolean, read.aBoxedBoolean);
        assertEquals(expected.aByte, read.aByte);
        assertEquals(expected.aBoxedByte, read.aBoxedByte);
        assertEquals(expected.aShort, read.aShort);
        assertEquals(expected.aBoxedShort, read.aBoxedShort);
        assertEquals(expected.anInt, read.anInt);
        assertEquals(expected.aBoxedInt, read.aBoxedInt);
        assertEquals(expected.aLong, read.aLong);
        assertEquals(expected.aBoxedLong, read.aBoxedLong);
        assertEquals(expected.aFloat, read.aFloat);
        assertEquals(expected.aBoxedFloat, read.aBoxedFloat);
        assertEquals(expected.aDouble, read.aDouble);
        assertEquals(expected.aBoxedDouble, read.aBoxedDouble);
        assertEquals(expected.aChar, read.aChar);
        assertEquals(expected.aBoxedChar, read.aBoxedChar);
        assertEquals(expected.aString, read.aString);
        assertEquals(0, expected.aDecimal.compareTo(read.aDecimal), read.aDecimal.toString());
        assertEquals(expected.anInteger, read.anInteger);
        assertEquals(written.aUuid, read.aUuid);
        assertEquals(expected.anInstant, read.anInstant);
        assertEquals(expected.anOffsetDateTime.toInstant(), read.anOffsetDateTime.toInstant());
        assertEquals(expected.aDate, read.aDate);
        assertEquals(expected.aTime, read.aTime);
        assertEquals(expected.aDateTime, read.aDateTime);
        assertArrayEquals(expected.someBytes, read.someBytes);
        assertEquals(expected.byName, read.byName);
        assertEquals(expected.byOrdinal, read.byOrdinal);
        assertEquals(expected.json, read.json);
        assertEquals(expected.address, read.address);
        assertEquals(expected.price, read.price);
    }

    @Test
    void nullsRoundTripInEveryNullableColumn() {
        Everything empty = new Everything();
        empty.aChar = 'x'; // a char left at '\0' is refused: text columns cannot hold NUL
        Everything read = repository.get(repository.insert(empty).id);
        assertNull(read.aBoxedBoolean);
        assertNull(read.aBoxedInt);
        assertNull(read.aBoxedLong);
        assertNull(read.aBoxedDouble);
        assertNull(read.aBoxedChar);
        assertNull(read.aString);
        assertNull(read.aDecimal);
        assertNull(read.anInstant);
        assertNull(read.someBytes);
        assertNull(read.byName);
        assertNull(read.byOrdinal);
        assertNull(read.json);
        assertNull(read.price);
        assertEquals(0, read.anInt);
        assertEquals('x', read.aChar);
    }

    /** The row reader asks the driver whether a column was NULL only when it read 0 or false: those must stay values. */
    @Test
    void zeroFalseAndEmptyAreReadAsValuesNotAsNull() {
        Everything zeros = new Everything();
        zeros.aChar = 'x';
        zeros.aBoxedBoolean = false;
        zeros.aBoxedInt = 0;
        zeros.aBoxedLong = 0L;
        zeros.aBoxedDouble = -0.0;
        zeros.aString = "";
        Everything read = repository.get(repository.insert(zeros).id);
        assertEquals(Boolean.FALSE, read.aBoxedBoolean);
        assertEquals(Integer.valueOf(0), read.aBoxedInt);
        assertEquals(Long.valueOf(0), read.aBoxedLong);
        assertEquals(0.0, read.aBoxedDouble, 0.0);
        assertEquals("", read.aString);
        assertEquals(0, read.anInt);
        assertEquals(0L, read.aLong);
        assertEquals(0.0, read.aDouble);
    }

    @Test
    void aNameThatIsNoConstantOfTheEnumIsReportedWithItsFieldAndColumn() throws SQLException {
        Everything e = repository.insert(full());
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE \"everything\" SET \"by_name\" = 'RETIRED' WHERE \"id\" = " + e.id);
        }
        ToastyException error = assertThrows(ToastyException.class, () -> repository.get(e.id));
        assertTrue(error.getMessage().contains("Everything.byName"), error.getMessage());
        assertTrue(error.getMessage().contains("everything.by_name"), error.getMessage());
        assertTrue(error.getMessage().contains("'RETIRED', which is not a constant of Status"), error.getMessage());
    }

    @Test
    void enumsAreStoredByNameOrOrdinalAndJsonAsJson() throws SQLException {
        Everything e = repository.insert(full());
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT \"by_name\", \"by_ordinal\", \"price\", \"json\" FROM \"everything\" WHERE \"id\" = "
                                + e.id)) {
            row.next();
            assertEquals("SUSPENDED", row.getString(1));
            assertEquals(2, row.getInt(2));
            assertEquals("12.50 CHF", row.getString(3));
            assertEquals("{\"primes\":[2,3,5,7]}", row.getString(4).replace(" ", ""));
        }
    }

    @Test
    void conditionsEncodeValuesLikeTheirField() {
        Everything e = repository.insert(full());
        assertEquals(
                e.id, repository.where(Everything_.byOrdinal.eq(Status.CLOSED)).one().id);
        assertEquals(
                e.id, repository.where(Everything_.byName.eq(Status.SUSPENDED)).one().id);
        assertEquals(
                e.id,
                repository
                        .where(Everything_.price.eq(new Money(new BigDecimal("12.50"), "CHF")))
                        .one()
                        .id);
        assertEquals(
                e.id,
                repository
                        .where(Everything_.anInstant.lt(Instant.parse("2030-01-01T00:00:00Z")))
                        .one()
                        .id);
        assertEquals(e.id, repository.where(Everything_.aUuid.eq(e.aUuid)).one().id);
        assertEquals(
                e.id,
                repository
                        .where(Everything_.aDate.between(LocalDate.of(1800, 1, 1), LocalDate.of(1900, 1, 1)))
                        .one()
                        .id);
        assertEquals(
                e.id,
                repository.where(Everything_.aDecimal.gt(new BigDecimal("1.5"))).one().id);
        assertEquals(e.id, repository.where(Everything_.aBoolean.eq(true)).one().id);
        assertEquals(
                0, repository.where(Everything_.byOrdinal.eq(Status.ACTIVE)).count());
    }
}
