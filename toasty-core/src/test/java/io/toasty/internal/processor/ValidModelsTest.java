package io.toasty.internal.processor;

import static io.toasty.internal.processor.InMemoryCompiler.compile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.internal.processor.InMemoryCompiler.Compilation;
import io.toasty.query.Attribute;
import io.toasty.query.BasicAttribute;
import io.toasty.query.ComparableAttribute;
import io.toasty.query.NumberAttribute;
import io.toasty.query.StringAttribute;
import io.toasty.spi.ModelAccessor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Valid models compile without a warning, and get a metamodel with the right attribute for each field. */
class ValidModelsTest {
    static final String USER =
            """
            package p;

            import io.toasty.model.*;
            import java.math.BigDecimal;
            import java.time.LocalDate;

            @Model
            public class User {
                @Key @Auto Long id;
                @Column(length = 80) String name;
                int age;
                LocalDate born;
                boolean active;
                BigDecimal balance;
                char grade;
                byte[] avatar;
                static int created;
                transient String cache;
                @Transient String note;
            }
            """;

    @Test
    void classWithPackagePrivateFieldsGetsOneAttributePerStoredField() throws Exception {
        Compilation compilation = compileCleanly(USER);
        Class<?> metamodel = compilation.classLoader().loadClass("p.User_");

        assertAttribute(metamodel, "id", NumberAttribute.class, "NumberAttribute<p.User, java.lang.Long>", Long.class);
        assertAttribute(metamodel, "name", StringAttribute.class, "StringAttribute<p.User>", String.class);
        assertAttribute(
                metamodel, "age", NumberAttribute.class, "NumberAttribute<p.User, java.lang.Integer>", Integer.class);
        assertAttribute(
                metamodel,
                "born",
                ComparableAttribute.class,
                "ComparableAttribute<p.User, java.time.LocalDate>",
                LocalDate.class);
        assertAttribute(
                metamodel, "active", BasicAttribute.class, "BasicAttribute<p.User, java.lang.Boolean>", Boolean.class);
        assertAttribute(
                metamodel,
                "balance",
                NumberAttribute.class,
                "NumberAttribute<p.User, java.math.BigDecimal>",
                BigDecimal.class);
        assertAttribute(
                metamodel,
                "grade",
                ComparableAttribute.class,
                "ComparableAttribute<p.User, java.lang.Character>",
                Character.class);
        assertAttribute(metamodel, "avatar", BasicAttribute.class, "BasicAttribute<p.User, byte[]>", byte[].class);
        assertEquals(
                List.of("id", "name", "age", "born", "active", "balance", "grade", "avatar"),
                List.of(metamodel.getDeclaredFields()).stream()
                        .map(Field::getName)
                        .toList(),
                "static, transient and @Transient fields are not stored");
        assertTrue(Modifier.isFinal(metamodel.getModifiers()) && Modifier.isPublic(metamodel.getModifiers()));
        assertTrue(Modifier.isPrivate(metamodel.getDeclaredConstructor().getModifiers()));
        assertTrue(compilation
                .file("p/User_.java")
                .contains("@javax.annotation.processing.Generated(\"io.toasty.internal.processor.ModelProcessor\")"));
    }

    @Test
    void classWithPrivateFieldsIsAccessedThroughItsGettersAndSetters() throws Exception {
        Compilation compilation = compileCleanly(AccessorRoundTripTest.ACCOUNT);

        String accessor = compilation.file("p/Account_Accessor.java");
        assertTrue(accessor.contains("instance.getOwner()"), accessor);
        assertTrue(accessor.contains("instance.setOwner((java.lang.String) value)"), accessor);
        assertTrue(accessor.contains("instance.isEnabled()"), accessor);
        assertAttribute(
                compilation.classLoader().loadClass("p.Account_"),
                "owner",
                StringAttribute.class,
                "StringAttribute<p.Account>",
                String.class);
    }

    @Test
    void recordGetsAnAttributePerComponent() throws Exception {
        Compilation compilation = compileCleanly(AccessorRoundTripTest.POINT);

        Class<?> metamodel = compilation.classLoader().loadClass("p.Point_");
        assertAttribute(
                metamodel, "x", NumberAttribute.class, "NumberAttribute<p.Point, java.lang.Integer>", Integer.class);
        assertAttribute(metamodel, "label", StringAttribute.class, "StringAttribute<p.Point>", String.class);
    }

    @Test
    void compositeKeyKeepsTheFieldsInDeclarationOrder() throws Exception {
        Compilation compilation = compileCleanly(
                """
                package p;

                import io.toasty.model.*;

                @Model(indexes = @Index(fields = {"sku", "quantity"}, unique = true))
                public class OrderLine {
                    @Key long orderId;
                    @Key int lineNo;
                    String sku;
                    int quantity;
                }
                """);

        assertEquals(
                List.of("orderId", "lineNo", "sku", "quantity"),
                List.of(accessor(compilation, "p.OrderLine_Accessor").fieldNames()));
    }

    @Test
    void enumsByNameAndByOrdinalGetBasicAttributes() throws Exception {
        Compilation compilation = compileCleanly(AccessorRoundTripTest.TICKET);

        Class<?> metamodel = compilation.classLoader().loadClass("p.Ticket_");
        Class<?> status = compilation.classLoader().loadClass("p.Ticket$Status");
        Class<?> priority = compilation.classLoader().loadClass("p.Ticket$Priority");
        assertAttribute(metamodel, "status", BasicAttribute.class, "BasicAttribute<p.Ticket, p.Ticket$Status>", status);
        assertAttribute(
                metamodel, "priority", BasicAttribute.class, "BasicAttribute<p.Ticket, p.Ticket$Priority>", priority);
    }

    @Test
    void jsonFieldOfAParameterizedTypeKeepsItsTypeArgumentsWithoutAWarning() throws Exception {
        Compilation compilation = compileCleanly(
                """
                package p;

                import io.toasty.model.*;
                import java.util.List;
                import java.util.Map;

                @Model
                public class Post {
                    @Key long id;
                    @Json List<String> tags;
                    @Json Map<String, List<Integer>> scores;
                    @Json List<? extends Number> numbers;
                }
                """);

        Class<?> metamodel = compilation.classLoader().loadClass("p.Post_");
        assertAttribute(
                metamodel,
                "tags",
                BasicAttribute.class,
                "BasicAttribute<p.Post, java.util.List<java.lang.String>>",
                List.class);
        assertAttribute(
                metamodel,
                "scores",
                BasicAttribute.class,
                "BasicAttribute<p.Post, java.util.Map<java.lang.String, java.util.List<java.lang.Integer>>>",
                java.util.Map.class);
        assertAttribute(
                metamodel,
                "numbers",
                BasicAttribute.class,
                "BasicAttribute<p.Post, java.util.List<? extends java.lang.Number>>",
                List.class);
        ModelAccessor<Object> accessor = accessor(compilation, "p.Post_Accessor");
        Object post = accessor.create(new Object[] {1L, List.of("a"), java.util.Map.of("k", List.of(1)), List.of(2.5)});
        assertEquals(List.of("a"), accessor.get(post, 1));
        assertEquals(List.of(2.5), accessor.get(post, 3));
    }

    @Test
    void setterWhoseParameterHasOtherTypeArgumentsIsCalledWithACastToIt() throws Exception {
        Compilation compilation = compileCleanly(
                """
                package p;

                import io.toasty.model.*;
                import java.util.ArrayList;
                import java.util.List;

                @Model
                public class Playlist {
                    @Key long id;
                    @Json private List<String> songs;

                    public List<String> getSongs() { return songs; }
                    public void setSongs(List<? extends CharSequence> songs) {
                        this.songs = new ArrayList<>();
                        songs.forEach(song -> this.songs.add(song.toString()));
                    }
                }
                """);

        ModelAccessor<Object> accessor = accessor(compilation, "p.Playlist_Accessor");
        Object playlist = accessor.create(new Object[] {1L, List.of("a", "b")});
        assertEquals(List.of("a", "b"), accessor.get(playlist, 1));
    }

    @Test
    void convertedFieldGetsABasicAttributeOfItsApplicationType() throws Exception {
        Compilation compilation = compileCleanly(
                """
                package p;

                public record Money(long cents) {}
                """,
                """
                package p;

                import io.toasty.spi.ValueCodec;

                public class MoneyCodec implements ValueCodec<Money, Long> {
                    public Class<Money> type() { return Money.class; }
                    public Class<Long> storedType() { return Long.class; }
                    public Long encode(Money value) { return value.cents(); }
                    public Money decode(Long stored) { return new Money(stored); }
                }
                """,
                """
                package p;

                import io.toasty.model.*;

                @Model
                public class Invoice {
                    @Key long id;
                    @Convert(MoneyCodec.class) Money total;
                }
                """);

        Class<?> money = compilation.classLoader().loadClass("p.Money");
        assertAttribute(
                compilation.classLoader().loadClass("p.Invoice_"),
                "total",
                BasicAttribute.class,
                "BasicAttribute<p.Invoice, p.Money>",
                money);
    }

    @Test
    void nestedModelIsNamedAfterItsEnclosingClasses() throws Exception {
        Compilation compilation = compileCleanly(
                """
                package p;

                import io.toasty.model.*;

                public class Shop {
                    @Model
                    public static class Item {
                        @Key long id;
                        String name;
                    }

                    static class Inventory {
                        @Model
                        record Slot(@Key int number, String label) {}
                    }
                }
                """);

        assertAttribute(
                compilation.classLoader().loadClass("p.Shop_Item_"),
                "name",
                StringAttribute.class,
                "StringAttribute<p.Shop$Item>",
                String.class);
        assertEquals(
                List.of("id", "name"),
                List.of(accessor(compilation, "p.Shop_Item_Accessor").fieldNames()));
        assertTrue(compilation.hasFile("p/Shop_Inventory_Slot_.class"));
        assertEquals(
                "p.Shop$Inventory$Slot\np.Shop$Item\n",
                compilation.file(io.toasty.internal.meta.GeneratedNames.MODEL_INDEX));
    }

    @Test
    void modelInTheUnnamedPackageGetsItsClassesThere() throws Exception {
        Compilation compilation = compileCleanly(
                """
                import io.toasty.model.*;

                @Model
                public class Thing {
                    @Key long id;
                }
                """);

        assertTrue(compilation.hasFile("Thing_.class"));
        assertEquals(
                List.of("id"), List.of(accessor(compilation, "Thing_Accessor").fieldNames()));
    }

    @Test
    void usingDeprecatedModelsFieldsAndAccessorsCausesNoWarningInGeneratedCode() {
        compileCleanly(
                """
                package p;

                import io.toasty.model.*;

                /** @deprecated use something else */
                @Deprecated
                @Model
                public class Legacy {
                    @Key long id;
                    /** @deprecated gone soon */
                    @Deprecated(forRemoval = true) String old;
                    private int size;
                    /** @deprecated */
                    @Deprecated public int getSize() { return size; }
                    public void setSize(int size) { this.size = size; }
                }
                """);
    }

    static Compilation compileCleanly(String... sources) {
        Compilation compilation = compile(sources);
        assertEquals(List.of(), compilation.messages(), "no error and no warning, with -Xlint:all");
        assertTrue(compilation.success());
        return compilation;
    }

    @SuppressWarnings("unchecked")
    static ModelAccessor<Object> accessor(Compilation compilation, String name) throws Exception {
        return (ModelAccessor<Object>)
                compilation.classLoader().loadClass(name).getConstructor().newInstance();
    }

    private static void assertAttribute(
            Class<?> metamodel, String name, Class<?> attributeClass, String genericType, Class<?> valueType)
            throws Exception {
        Field field = metamodel.getField(name);
        int modifiers = field.getModifiers();
        assertTrue(Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers));
        assertEquals("io.toasty.query." + genericType, field.getGenericType().getTypeName());
        Attribute<?, ?> attribute = (Attribute<?, ?>) field.get(null);
        assertEquals(attributeClass, attribute.getClass());
        assertEquals(name, attribute.name());
        assertEquals(
                metamodel.getName().replaceAll("_$", "").replace('_', '$'),
                attribute.model().getName());
        assertEquals(valueType, attribute.type());
    }
}
