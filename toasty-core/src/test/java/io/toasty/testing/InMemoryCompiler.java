package io.toasty.testing;

import io.toasty.internal.processor.ModelProcessor;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles sources in memory with the system compiler and {@link ModelProcessor}, with the strict lint options of
 * Toasty's own build, against the test JVM's class path. Nothing touches the disk.
 */
public final class InMemoryCompiler {
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern TYPE = Pattern.compile("(?:class|record|interface|enum)\\s+(\\w+)");

    private InMemoryCompiler() {}

    /** Compiles {@code sources}, each a whole compilation unit, with {@link ModelProcessor}. */
    public static Compilation compile(String... sources) {
        return compile(List.of(new ModelProcessor()), sources);
    }

    public static Compilation compile(List<Processor> processors, String... sources) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<JavaFileObject> units = new ArrayList<>();
        for (String source : sources) {
            units.add(
                    new MemoryFile(URI.create("mem:///" + qualifiedName(source).replace('.', '/') + ".java"), source));
        }
        List<String> options = List.of(
                "--release", "17", "-Xlint:all,-processing", "-classpath", System.getProperty("java.class.path"));
        Outputs outputs = new Outputs(compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8));
        JavaCompiler.CompilationTask task = compiler.getTask(null, outputs, diagnostics, options, null, units);
        task.setProcessors(processors);
        boolean success = task.call();
        return new Compilation(success, diagnostics.getDiagnostics(), outputs.files);
    }

    private static String qualifiedName(String source) {
        Matcher type = TYPE.matcher(source);
        if (!type.find()) {
            throw new IllegalArgumentException("no type declared in\n" + source);
        }
        Matcher packageName = PACKAGE.matcher(source);
        return packageName.find() ? packageName.group(1) + "." + type.group(1) : type.group(1);
    }

    /** The result of a compilation: diagnostics, and the files written, by their path ({@code p/User_.java}). */
    public static final class Compilation {
        private final boolean success;
        private final List<Diagnostic<? extends JavaFileObject>> diagnostics;
        private final Map<String, MemoryFile> files;
        private ClassLoader classLoader;

        Compilation(
                boolean success,
                List<Diagnostic<? extends JavaFileObject>> diagnostics,
                Map<String, MemoryFile> files) {
            this.success = success;
            this.diagnostics = List.copyOf(diagnostics);
            this.files = files;
        }

        public boolean success() {
            return success;
        }

        public List<Diagnostic<? extends JavaFileObject>> diagnostics() {
            return diagnostics;
        }

        /** The messages of every diagnostic, for assertions that show all of them when they fail. */
        public List<String> messages() {
            return diagnostics.stream()
                    .map(diagnostic -> diagnostic.getKind() + ": " + diagnostic.getMessage(null))
                    .toList();
        }

        /** The messages of the errors. */
        public List<String> errors() {
            return diagnostics.stream()
                    .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
                    .map(diagnostic -> diagnostic.getMessage(null))
                    .toList();
        }

        /** The paths of every file written. */
        public List<String> paths() {
            return List.copyOf(files.keySet());
        }

        public boolean hasFile(String path) {
            return files.containsKey(path);
        }

        /** A written file as text, such as {@code p/User_.java} or {@code META-INF/toasty/models}. */
        public String file(String path) {
            MemoryFile file = files.get(path);
            if (file == null) {
                throw new AssertionError("no file " + path + " was written; written: " + files.keySet());
            }
            return new String(file.bytes(), StandardCharsets.UTF_8);
        }

        /**
         * The class loader over the compiled classes, one per compilation, whose parent is the test's so that they
         * share Toasty's types.
         */
        public synchronized ClassLoader classLoader() {
            if (classLoader == null) {
                classLoader = newClassLoader();
            }
            return classLoader;
        }

        private ClassLoader newClassLoader() {
            return new ClassLoader(InMemoryCompiler.class.getClassLoader()) {
                @Override
                protected Class<?> findClass(String name) throws ClassNotFoundException {
                    MemoryFile file = files.get(name.replace('.', '/') + ".class");
                    if (file == null) {
                        throw new ClassNotFoundException(name);
                    }
                    byte[] bytes = file.bytes();
                    return defineClass(name, bytes, 0, bytes.length);
                }
            };
        }
    }

    /** Keeps every output (classes, generated sources, resources) in memory. */
    private static final class Outputs extends ForwardingJavaFileManager<StandardJavaFileManager> {
        final Map<String, MemoryFile> files = new TreeMap<>();

        Outputs(StandardJavaFileManager standard) {
            super(standard);
        }

        @Override
        public JavaFileObject getJavaFileForOutput(
                JavaFileManager.Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
            return store(className.replace('.', '/') + kind.extension, kind);
        }

        @Override
        public FileObject getFileForOutput(
                JavaFileManager.Location location, String packageName, String relativeName, FileObject sibling) {
            String directory = packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/";
            return store(directory + relativeName, JavaFileObject.Kind.OTHER);
        }

        @Override
        public boolean hasLocation(JavaFileManager.Location location) {
            return location == StandardLocation.SOURCE_OUTPUT
                    || location == StandardLocation.CLASS_OUTPUT
                    || super.hasLocation(location);
        }

        private MemoryFile store(String path, JavaFileObject.Kind kind) {
            MemoryFile file = new MemoryFile(URI.create("mem:///" + path), kind);
            files.put(path, file);
            return file;
        }
    }

    /** A source given as text, or a file written by the compiler. */
    private static final class MemoryFile extends SimpleJavaFileObject {
        private final ByteArrayOutputStream content = new ByteArrayOutputStream();

        MemoryFile(URI uri, String source) {
            super(uri, Kind.SOURCE);
            content.writeBytes(source.getBytes(StandardCharsets.UTF_8));
        }

        MemoryFile(URI uri, Kind kind) {
            super(uri, kind);
        }

        byte[] bytes() {
            return content.toByteArray();
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return new String(bytes(), StandardCharsets.UTF_8);
        }

        @Override
        public InputStream openInputStream() {
            return new java.io.ByteArrayInputStream(bytes());
        }

        @Override
        public OutputStream openOutputStream() {
            content.reset();
            return content;
        }

        @Override
        public Writer openWriter() {
            return new OutputStreamWriter(openOutputStream(), StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return toUri().getPath();
        }
    }
}
