package io.toasty.internal.processor;

import io.toasty.internal.meta.FieldAnnotations;
import io.toasty.internal.meta.IndexSpec;
import io.toasty.model.Auto;
import io.toasty.model.Column;
import io.toasty.model.EnumOrdinal;
import io.toasty.model.Index;
import io.toasty.model.Json;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.Transient;
import io.toasty.model.Unique;
import io.toasty.model.Version;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;

/** Reads Toasty's annotations from compiler elements, as the runtime reads them by reflection. */
final class Annotations {
    private static final String CONVERT = "io.toasty.model.Convert";

    private Annotations() {}

    /** What the annotations on a field or record component say. */
    static FieldAnnotations of(Element element, Elements elements) {
        Column column = element.getAnnotation(Column.class);
        Index index = element.getAnnotation(Index.class);
        return new FieldAnnotations(
                element.getAnnotation(Key.class) != null,
                element.getAnnotation(Auto.class) != null,
                element.getAnnotation(Unique.class) != null,
                index != null,
                index != null && index.fields().length > 0,
                element.getAnnotation(Version.class) != null,
                element.getAnnotation(Json.class) != null,
                element.getAnnotation(EnumOrdinal.class) != null,
                converter(element, elements),
                column == null ? "" : column.name(),
                (column != null && !column.nullable()) || hasNotNullAnnotation(element),
                column == null ? 0 : column.length(),
                column == null ? 0 : column.precision(),
                column == null ? 0 : column.scale());
    }

    static boolean isTransient(Element element) {
        return element.getAnnotation(Transient.class) != null;
    }

    /** The table declared in {@code @Model}, or empty. */
    static String table(TypeElement type) {
        Model model = type.getAnnotation(Model.class);
        return model == null ? "" : model.table();
    }

    /** The indexes declared in {@code @Model(indexes)}. */
    static List<IndexSpec> indexes(TypeElement type) {
        Model model = type.getAnnotation(Model.class);
        List<IndexSpec> indexes = new ArrayList<>();
        if (model != null) {
            for (Index index : model.indexes()) {
                indexes.add(new IndexSpec(List.of(index.fields()), index.unique(), index.name()));
            }
        }
        return indexes;
    }

    /**
     * The binary name of the codec in {@code @Convert}, as the runtime's {@code Class.getName()} gives it, read from
     * the mirror: the annotation's Class value cannot be loaded at compile time.
     */
    private static String converter(Element element, Elements elements) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (!qualifiedName(mirror).equals(CONVERT)) {
                continue;
            }
            for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
                    mirror.getElementValues().entrySet()) {
                if (entry.getKey().getSimpleName().contentEquals("value")) {
                    Object value = entry.getValue().getValue();
                    return value instanceof DeclaredType codec
                            ? elements.getBinaryName((TypeElement) codec.asElement())
                                    .toString()
                            : String.valueOf(value);
                }
            }
        }
        return null;
    }

    /**
     * Whether an annotation named NotNull, NonNull or Nonnull is present. Only those kept at run time count, since
     * the runtime sees no other.
     */
    private static boolean hasNotNullAnnotation(Element element) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            Element annotation = mirror.getAnnotationType().asElement();
            Retention retention = annotation.getAnnotation(Retention.class);
            if (retention != null
                    && retention.value() == RetentionPolicy.RUNTIME
                    && FieldAnnotations.isNotNullAnnotation(
                            annotation.getSimpleName().toString())) {
                return true;
            }
        }
        return false;
    }

    private static String qualifiedName(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement())
                .getQualifiedName()
                .toString();
    }
}
