package io.toasty.internal.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.toasty.internal.meta.FieldAnnotations;
import io.toasty.internal.meta.FieldSpec;
import io.toasty.internal.meta.FieldSpec.Access;
import io.toasty.internal.meta.IndexSpec;
import io.toasty.internal.meta.ModelSpec;
import io.toasty.internal.meta.RelationSpec;
import io.toasty.model.Model;
import io.toasty.testing.InMemoryCompiler;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import org.junit.jupiter.api.Test;

/**
 * The {@link ModelSpec} read from source, which must be exactly what the runtime reads by reflection: which fields
 * are stored, how each is reached, its erased type name and what its annotations say.
 */
class ModelSpecReadingTest {
    private static final FieldAnnotations NONE =
            new FieldAnnotations(false, false, false, false, false, false, false, false, null, "", false, 0, 0, 0);

    @Test
    void classFields() {
        ModelSpec spec = read(
                """
                package p;

                import io.toasty.model.*;
                import java.util.List;

                @Model(table = "samples", indexes = @Index(fields = {"name", "code"}, unique = true, name = "ix_s"))
                public class Sample {
                    @Key @Auto long id;
                    private String name;
                    private boolean active;
                    private Boolean boxed;
                    private boolean both;
                    @Json List<String> tags;
                    int[][] grid;
                    @Column(name = "c", nullable = false, length = 5) String code;
                    @NotNull String required;
                    @NonNull String unchecked;
                    @Convert(Sample.Codec.class) Money money;
                    @Index(fields = "x") @Unique String indexed;
                    @EnumOrdinal @Version Kind kind;
                    @Column(precision = 10, scale = 2) java.math.BigDecimal price;
                    static int created;
                    transient int cached;
                    @Transient int ignored;

                    public String getName() { return name; }
                    public void setName(String name) { this.name = name; }
                    boolean isActive() { return active; }
                    void setActive(boolean active) { this.active = active; }
                    public Boolean isBoxed() { return boxed; }
                    public void setBoxed(Boolean boxed) { this.boxed = boxed; }
                    public boolean getBoth() { return both; }
                    public boolean isBoth() { return both; }
                    public void setBoth(boolean both) { this.both = both; }

                    enum Kind { A }
                    record Money(long cents) {}
                    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
                    @interface NotNull {}
                    @interface NonNull {}
                    static class Codec implements io.toasty.spi.ValueCodec<Money, Long> {
                        public Class<Money> type() { return Money.class; }
                        public Class<Long> storedType() { return Long.class; }
                        public Long encode(Money value) { return value.cents(); }
                        public Money decode(Long stored) { return new Money(stored); }
                    }
                }
                """);

        assertEquals("p.Sample", spec.typeName());
        assertEquals("Sample", spec.simpleName());
        assertEquals("samples", spec.table());
        assertEquals(List.of(new IndexSpec(List.of("name", "code"), true, "ix_s")), spec.indexes());
        assertEquals(List.of(), spec.problemsOfType());
        assertEquals(
                List.of(
                        field("id", "long", true, false, Access.FIELD, annotations(true, true, false, false, false)),
                        new FieldSpec(
                                "name", "java.lang.String", false, false, Access.PROPERTY, "getName", "setName", NONE),
                        new FieldSpec("active", "boolean", true, false, Access.PROPERTY, "isActive", "setActive", NONE),
                        new FieldSpec("boxed", "java.lang.Boolean", false, false, Access.NONE, null, "setBoxed", NONE),
                        new FieldSpec("both", "boolean", true, false, Access.PROPERTY, "isBoth", "setBoth", NONE),
                        field("tags", "java.util.List", false, false, Access.FIELD, json()),
                        field("grid", "int[][]", false, false, Access.FIELD, NONE),
                        field("code", "java.lang.String", false, false, Access.FIELD, column("c", true, 5, 0, 0)),
                        field("required", "java.lang.String", false, false, Access.FIELD, column("", true, 0, 0, 0)),
                        field("unchecked", "java.lang.String", false, false, Access.FIELD, NONE),
                        field("money", "p.Sample.Money", false, false, Access.FIELD, converter("p.Sample$Codec")),
                        field(
                                "indexed",
                                "java.lang.String",
                                false,
                                false,
                                Access.FIELD,
                                annotations(false, false, true, true, true)),
                        field("kind", "p.Sample.Kind", false, true, Access.FIELD, enumOrdinalVersion()),
                        field(
                                "price",
                                "java.math.BigDecimal",
                                false,
                                false,
                                Access.FIELD,
                                column("", false, 0, 10, 2))),
                spec.fields());
    }

    @Test
    void recordComponents() {
        ModelSpec spec = read(
                """
                package p;

                import io.toasty.model.*;

                @Model
                public record Entry(@Key @Auto Long id, @Column(name = "t") String text, @Transient int note) {
                    static int created;
                }
                """);

        assertEquals(true, spec.record());
        assertEquals(
                List.of("has @Transient on record component note, which records do not support: remove the"
                        + " component or the annotation"),
                spec.problemsOfType());
        assertEquals(
                List.of(
                        new FieldSpec(
                                "id",
                                "java.lang.Long",
                                false,
                                false,
                                Access.RECORD,
                                "id",
                                null,
                                annotations(true, true, false, false, false)),
                        new FieldSpec(
                                "text",
                                "java.lang.String",
                                false,
                                false,
                                Access.RECORD,
                                "text",
                                null,
                                column("t", false, 0, 0, 0))),
                spec.fields());
    }

    private static FieldSpec field(
            String name,
            String type,
            boolean primitive,
            boolean enumType,
            Access access,
            FieldAnnotations annotations) {
        return new FieldSpec(name, type, primitive, enumType, access, null, null, annotations);
    }

    private static FieldAnnotations annotations(
            boolean key, boolean auto, boolean unique, boolean index, boolean indexHasFields) {
        return new FieldAnnotations(
                key, auto, unique, index, indexHasFields, false, false, false, null, "", false, 0, 0, 0);
    }

    private static FieldAnnotations json() {
        return new FieldAnnotations(false, false, false, false, false, false, true, false, null, "", false, 0, 0, 0);
    }

    private static FieldAnnotations converter(String codec) {
        return new FieldAnnotations(false, false, false, false, false, false, false, false, codec, "", false, 0, 0, 0);
    }

    private static FieldAnnotations enumOrdinalVersion() {
        return new FieldAnnotations(false, false, false, false, false, true, false, true, null, "", false, 0, 0, 0);
    }

    /** {@code notNull} is the second parameter: set by nullable = false or by an annotation named NotNull. */
    private static FieldAnnotations column(String name, boolean notNull, int length, int precision, int scale) {
        return new FieldAnnotations(
                false, false, false, false, false, false, false, false, null, name, notNull, length, precision, scale);
    }

    @Test
    void relationsAndSoftDeleteReadTheSameFromSourceAndByReflection() throws Exception {
        String source =
                """
                package p;

                import io.toasty.model.*;
                import io.toasty.relation.*;

                @Model
                public class Node {
                    @Key @Auto Long id;
                    Long parentId;
                    @SoftDelete java.time.Instant gone;
                    @Relation(key = "parentId", onDelete = OnDelete.SET_NULL) BelongsTo<Node> parent;
                    @Relation(mappedBy = "parent") private HasMany<Node> children;
                    public HasMany<Node> getChildren() { return children; }
                    public void setChildren(HasMany<Node> children) { this.children = children; }
                }
                """;
        SpecCapture capture = new SpecCapture();
        InMemoryCompiler.Compilation compilation = InMemoryCompiler.compile(List.of(capture), source);
        ModelSpec fromSource = capture.specs.get(0);
        assertEquals(
                List.of(
                        new RelationSpec(
                                "parent",
                                RelationSpec.Kind.BELONGS_TO,
                                "p.Node",
                                Access.FIELD,
                                null,
                                null,
                                true,
                                "",
                                List.of("parentId"),
                                "SET_NULL",
                                "",
                                ""),
                        new RelationSpec(
                                "children",
                                RelationSpec.Kind.HAS_MANY,
                                "p.Node",
                                Access.PROPERTY,
                                "getChildren",
                                "setChildren",
                                true,
                                "parent",
                                List.of(),
                                "NO_ACTION",
                                "",
                                "")),
                fromSource.relations());
        assertEquals("gone", fromSource.softDelete());
        Class<?> node = Class.forName("p.Node", true, compilation.classLoader());
        assertEquals(fromSource, io.toasty.internal.meta.ModelReader.read(node).spec());
    }

    /** Compiles {@code source} with a processor that only reads the spec of its model. */
    private static ModelSpec read(String source) {
        SpecCapture capture = new SpecCapture();
        InMemoryCompiler.compile(List.of(capture), source);
        assertEquals(1, capture.specs.size());
        return capture.specs.get(0);
    }

    private static final class SpecCapture extends AbstractProcessor {
        final List<ModelSpec> specs = new ArrayList<>();

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of(Model.class.getName());
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            ModelReader reader = new ModelReader(
                    processingEnv.getElementUtils(),
                    processingEnv.getTypeUtils(),
                    new TypeNames(processingEnv.getTypeUtils()));
            for (TypeElement type : ElementFilter.typesIn(round.getElementsAnnotatedWith(Model.class))) {
                specs.add(reader.read(type).spec());
            }
            return false;
        }
    }
}
