package io.toasty.internal.processor;

import static io.toasty.internal.processor.ValidModelsTest.accessor;
import static io.toasty.internal.processor.ValidModelsTest.compileCleanly;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.toasty.spi.ModelAccessor;
import io.toasty.testing.InMemoryCompiler.Compilation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated accessors, loaded from the compiled classes: what create writes, get reads back and set changes. */
class AccessorRoundTripTest {
    static final String ACCOUNT =
            """
            package p;

            import io.toasty.model.*;

            @Model
            public class Account {
                @Key private long id;
                private String owner;
                private boolean enabled;

                public long getId() { return id; }
                public void setId(long id) { this.id = id; }
                public String getOwner() { return owner; }
                public void setOwner(String owner) { this.owner = owner; }
                public void setOwner(Object owner) { throw new IllegalStateException("wrong overload"); }
                public boolean isEnabled() { return enabled; }
                public void setEnabled(boolean enabled) { this.enabled = enabled; }
            }
            """;

    static final String POINT =
            """
            package p;

            import io.toasty.model.*;

            @Model
            public record Point(@Key @Auto Long id, String label, int x, double y) {
                public Point(Long id, String label, long x, double y) {
                    this(id, label, -1, y);
                }
            }
            """;

    static final String TICKET =
            """
            package p;

            import io.toasty.model.*;

            @Model
            public class Ticket {
                @Key @Auto long id;
                Status status;
                @EnumOrdinal Priority priority;

                public enum Status { OPEN, CLOSED }
                public enum Priority { LOW, HIGH }
            }
            """;

    @Test
    void classWithPackagePrivateFields() throws Exception {
        Compilation compilation = compileCleanly(ValidModelsTest.USER);
        ModelAccessor<Object> accessor = accessor(compilation, "p.User_Accessor");
        Object[] values = {
            7L, "ann", 41, LocalDate.of(1984, 2, 3), true, new BigDecimal("12.50"), 'A', new byte[] {1, 2}
        };

        Object user = accessor.create(values);

        assertEquals(compilation.classLoader().loadClass("p.User"), accessor.modelType());
        assertEquals(user.getClass(), accessor.modelType());
        for (int index = 0; index < values.length; index++) {
            assertEquals(values[index], accessor.get(user, index), accessor.fieldNames()[index]);
        }
        accessor.set(user, 0, 8L);
        accessor.set(user, 2, 42);
        accessor.set(user, 1, null);
        assertEquals(8L, accessor.get(user, 0));
        assertEquals(42, accessor.get(user, 2));
        assertEquals(null, accessor.get(user, 1));
        assertEquals(8, accessor.fieldNames().length);
    }

    @Test
    void classWithPrivateFieldsUsesTheSetterOfTheFieldType() throws Exception {
        Compilation compilation = compileCleanly(ACCOUNT);
        ModelAccessor<Object> accessor = accessor(compilation, "p.Account_Accessor");

        Object account = accessor.create(new Object[] {3L, "bob", true});

        assertEquals("bob", account.getClass().getMethod("getOwner").invoke(account));
        assertEquals(3L, accessor.get(account, 0));
        assertEquals("bob", accessor.get(account, 1));
        assertEquals(true, accessor.get(account, 2));
        accessor.set(account, 1, "eve");
        accessor.set(account, 2, false);
        assertEquals("eve", account.getClass().getMethod("getOwner").invoke(account));
        assertEquals(false, accessor.get(account, 2));
    }

    @Test
    void recordIsCreatedThroughItsCanonicalConstructorAndNeverSet() throws Exception {
        Compilation compilation = compileCleanly(POINT);
        ModelAccessor<Object> accessor = accessor(compilation, "p.Point_Accessor");
        Class<?> point = compilation.classLoader().loadClass("p.Point");

        Object created = accessor.create(new Object[] {1L, "origin", 3, 4.5});

        Object expected = point.getConstructor(Long.class, String.class, int.class, double.class)
                .newInstance(1L, "origin", 3, 4.5);
        assertEquals(expected, created, "the canonical constructor, not the one taking a long x");
        assertEquals(
                List.of(1L, "origin", 3, 4.5),
                List.of(
                        accessor.get(created, 0),
                        accessor.get(created, 1),
                        accessor.get(created, 2),
                        accessor.get(created, 3)));
        UnsupportedOperationException refused =
                assertThrows(UnsupportedOperationException.class, () -> accessor.set(created, 0, 2L));
        assertEquals("Point is a record: its fields are set only by its canonical constructor", refused.getMessage());
    }

    @Test
    void enumsAreSetAndReadAsTheirConstants() throws Exception {
        Compilation compilation = compileCleanly(TICKET);
        ModelAccessor<Object> accessor = accessor(compilation, "p.Ticket_Accessor");
        Object open = enumConstant(compilation, "p.Ticket$Status", "OPEN");
        Object high = enumConstant(compilation, "p.Ticket$Priority", "HIGH");

        Object ticket = accessor.create(new Object[] {5L, open, high});

        assertEquals(open, accessor.get(ticket, 1));
        assertEquals(high, accessor.get(ticket, 2));
    }

    @Test
    void unknownIndexesAndWrongValueCountsAreRefused() throws Exception {
        Compilation compilation = compileCleanly(ACCOUNT, POINT);
        ModelAccessor<Object> account = accessor(compilation, "p.Account_Accessor");
        ModelAccessor<Object> point = accessor(compilation, "p.Point_Accessor");
        Object instance = account.create(new Object[] {1L, "a", false});
        Object created = point.create(new Object[] {1L, "a", 1, 1.0});

        IndexOutOfBoundsException get = assertThrows(IndexOutOfBoundsException.class, () -> account.get(instance, 3));
        assertEquals("Account has no field 3: its 3 stored fields are [id, owner, enabled]", get.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> account.set(instance, -1, 1L));
        assertThrows(IndexOutOfBoundsException.class, () -> point.get(created, 4));
        assertThrows(IndexOutOfBoundsException.class, () -> point.set(created, 4, 1L));
        IllegalArgumentException count =
                assertThrows(IllegalArgumentException.class, () -> account.create(new Object[] {1L}));
        assertEquals("Account has 3 stored fields, but 1 values were given", count.getMessage());
    }

    @Test
    void fieldNamesAreACopyInDeclarationOrder() throws Exception {
        ModelAccessor<Object> accessor = accessor(compileCleanly(ACCOUNT), "p.Account_Accessor");

        String[] names = accessor.fieldNames();
        names[0] = "changed";

        assertArrayEquals(new String[] {"id", "owner", "enabled"}, accessor.fieldNames());
        assertNotSame(accessor.fieldNames(), accessor.fieldNames());
    }

    private static Object enumConstant(Compilation compilation, String type, String name) throws Exception {
        return compilation.classLoader().loadClass(type).getField(name).get(null);
    }
}
