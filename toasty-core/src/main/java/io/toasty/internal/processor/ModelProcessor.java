package io.toasty.internal.processor;

import io.toasty.internal.meta.GeneratedNames;
import io.toasty.internal.meta.HookRules;
import io.toasty.internal.meta.InheritanceRules;
import io.toasty.internal.meta.InheritanceSpec;
import io.toasty.internal.meta.ModelRules;
import io.toasty.internal.meta.ModelRules.Problem;
import io.toasty.internal.meta.ModelSpec;
import io.toasty.internal.meta.RelationRules;
import io.toasty.internal.processor.ModelSource.StoredField;
import io.toasty.model.Embeddable;
import io.toasty.model.Model;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The annotation processor for {@link Model} types. For each model it checks {@link ModelRules} (and what generated
 * code needs) and reports every problem as a compile error on the field or type at fault; for a model without
 * problems it generates the metamodel ({@code User_}) and the {@link io.toasty.spi.ModelAccessor} ({@code
 * User_Accessor}). In the last round it writes {@link GeneratedNames#MODEL_INDEX}, the binary names of all valid
 * models, which the runtime and the integrations read to find models without scanning.
 *
 * <p>Registered in {@code META-INF/services/javax.annotation.processing.Processor}. An instance serves one
 * compilation.
 */
public final class ModelProcessor extends AbstractProcessor {
    /** Models whose field types were not resolved in their round, by qualified name: retried in the next one. */
    private final Set<String> deferred = new LinkedHashSet<>();
    /** The binary names of the valid models, sorted so the index is the same from build to build. */
    private final Set<String> indexed = new TreeSet<>();
    /** The models of each single-table hierarchy compiled so far, by the binary name of its base. */
    private final java.util.Map<String, List<InheritanceRules.Member>> hierarchies = new java.util.HashMap<>();

    private boolean indexWritten;
    private Elements elements;
    private Messager messager;
    private Filer filer;
    private TypeNames names;
    private ModelReader reader;
    private GeneratedCodeRules generatedCodeRules;
    private HookReader hookReader;

    /** Called by the compiler, through {@link java.util.ServiceLoader}. */
    public ModelProcessor() {}

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
        super.init(environment);
        elements = environment.getElementUtils();
        messager = environment.getMessager();
        filer = environment.getFiler();
        names = new TypeNames(environment.getTypeUtils());
        reader = new ModelReader(elements, environment.getTypeUtils(), names);
        generatedCodeRules = new GeneratedCodeRules(elements, names);
        hookReader = new HookReader(elements, environment.getTypeUtils());
    }

    /**
     * Every annotation of {@code io.toasty.model}, which this processor claims, so that a build with
     * {@code -Xlint:all -Werror} is not told that no processor claimed {@code @Key} or {@code @Column}.
     */
    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(Model.class.getPackageName() + ".*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (round.processingOver()) {
            // a model still deferred names a type that never appeared: javac reports that missing type itself
            writeIndex();
            return false;
        }
        List<TypeElement> models = new ArrayList<>();
        for (String name : deferred) {
            TypeElement model = elements.getTypeElement(name);
            if (model != null) {
                models.add(model);
            }
        }
        deferred.clear();
        models.addAll(ElementFilter.typesIn(round.getElementsAnnotatedWith(Model.class)));
        for (TypeElement embeddable : ElementFilter.typesIn(round.getElementsAnnotatedWith(Embeddable.class))) {
            processEmbeddable(embeddable);
        }
        for (TypeElement model : models) {
            if (reader.hasUnresolvedTypes(model)) {
                deferred.add(model.getQualifiedName().toString());
            } else {
                process(model);
            }
        }
        return true;
    }

    private void process(TypeElement type) {
        ModelSource model = reader.read(type);
        List<Problem> problems = new ArrayList<>(ModelRules.check(model.spec()));
        problems.addAll(hierarchyProblems(model, reader.inheritance(type)));
        if (problems.isEmpty()) {
            problems.addAll(RelationRules.checkTargets(model.spec(), this::modelSpec));
        }
        problems.addAll(generatedCodeRules.check(model));
        for (Problem problem : problems) {
            messager.printMessage(Diagnostic.Kind.ERROR, problem.message(), elementOf(model, problem));
        }
        List<HookReader.HookMethod> hooks = hookReader.read(type);
        problems.addAll(reportHookProblems(model, hooks));
        if (!problems.isEmpty()) {
            return;
        }
        ClassHeader header = ClassHeader.of(model, elements, names);
        boolean metamodel = writeSource(
                model, MetamodelWriter.simpleName(model), new MetamodelWriter(names, reader).write(model, header));
        boolean accessor = writeSource(
                model, AccessorWriter.simpleName(model), new AccessorWriter(names).write(model, header, hooks));
        if (metamodel && accessor) {
            indexed.add(elements.getBinaryName(type).toString());
        }
    }

    /** Reports the problems of the model's lifecycle hook methods, each on its method, and returns them. */
    private List<Problem> reportHookProblems(ModelSource model, List<HookReader.HookMethod> hooks) {
        List<Problem> problems = HookRules.check(
                model.spec().simpleName(),
                hooks.stream().map(HookReader.HookMethod::spec).toList());
        for (Problem problem : problems) {
            Element at = hooks.stream()
                    .filter(h -> h.spec().method().equals(problem.field()))
                    .<Element>map(HookReader.HookMethod::element)
                    .findFirst()
                    .orElse(model.type());
            messager.printMessage(Diagnostic.Kind.ERROR, problem.message(), at);
        }
        return problems;
    }

    /**
     * Writes the accessor of an {@code @Embeddable} record, which Toasty reads and creates its values with. A type
     * that cannot be embedded gets none: the models using it report why.
     */
    private void processEmbeddable(TypeElement type) {
        if (type.getKind() != ElementKind.RECORD || reader.hasUnresolvedTypes(type)) {
            return;
        }
        ModelSource embeddable = reader.readEmbeddable(type);
        List<Problem> problems = generatedCodeRules.check(embeddable);
        for (Problem problem : problems) {
            messager.printMessage(Diagnostic.Kind.ERROR, problem.message(), elementOf(embeddable, problem));
        }
        if (problems.isEmpty()) {
            ClassHeader header = ClassHeader.of(embeddable, elements, names);
            writeSource(
                    embeddable,
                    AccessorWriter.simpleName(embeddable),
                    new AccessorWriter(names).write(embeddable, header));
        }
    }

    /**
     * The problems of {@code model}'s place in a single-table hierarchy: its own, and those it makes with the models
     * of the same hierarchy compiled before it (a discriminator value or a column taken).
     */
    private List<Problem> hierarchyProblems(ModelSource model, InheritanceSpec inheritance) {
        List<Problem> problems = new ArrayList<>(InheritanceRules.check(model.spec(), inheritance));
        if (!problems.isEmpty() || !inheritance.inHierarchy()) {
            return problems;
        }
        List<InheritanceRules.Member> members =
                hierarchies.computeIfAbsent(inheritance.rootName(), root -> new ArrayList<>());
        List<String> before = InheritanceRules.checkHierarchy(members);
        List<InheritanceRules.Member> with = new ArrayList<>(members);
        with.add(new InheritanceRules.Member(model.spec(), inheritance));
        for (String problem : InheritanceRules.checkHierarchy(with)) {
            if (!before.contains(problem)) {
                problems.add(new Problem(null, problem));
            }
        }
        if (problems.isEmpty()) {
            members.add(new InheritanceRules.Member(model.spec(), inheritance));
        }
        return problems;
    }

    /** The spec of the model with this binary name, or null when it is not a {@code @Model}. */
    private ModelSpec modelSpec(String binaryName) {
        TypeElement type = elements.getTypeElement(binaryName.replace('$', '.'));
        if (type == null || type.getAnnotation(Model.class) == null) {
            return null;
        }
        return reader.read(type).spec();
    }

    private static Element elementOf(ModelSource model, Problem problem) {
        if (problem.field() != null) {
            for (StoredField field : model.relations()) {
                if (field.spec().name().equals(problem.field())) {
                    return field.element();
                }
            }
            for (StoredField field : model.fields()) {
                if (field.spec().name().equals(problem.field())) {
                    return field.element();
                }
            }
        }
        return model.type();
    }

    private boolean writeSource(ModelSource model, String simpleName, String source) {
        String name = model.qualify(simpleName);
        try (Writer writer = filer.createSourceFile(name, model.type()).openWriter()) {
            writer.write(source);
            return true;
        } catch (IOException e) {
            messager.printMessage(
                    Diagnostic.Kind.ERROR,
                    "Toasty could not write " + name + " for " + model.spec().simpleName() + ": " + e.getMessage()
                            + " (is there a class of that name already?)",
                    model.type());
            return false;
        }
    }

    private void writeIndex() {
        if (indexWritten || indexed.isEmpty()) {
            return;
        }
        indexWritten = true;
        try {
            FileObject index = filer.createResource(StandardLocation.CLASS_OUTPUT, "", GeneratedNames.MODEL_INDEX);
            try (OutputStream out = index.openOutputStream()) {
                // UTF-8 whatever the compiler's source encoding, as the runtime reads it
                out.write((String.join("\n", indexed) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            messager.printMessage(
                    Diagnostic.Kind.ERROR,
                    "Toasty could not write " + GeneratedNames.MODEL_INDEX + ", the list of models: " + e.getMessage());
        }
    }
}
