package io.toasty.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The tiers of one module, read from its compiled classes: every module's architecture test asks the same questions
 * (does the API expose an internal type, does every package say what it is for, does an integration reach into core's
 * internals), so they are answered once, here. Each method returns what breaks the rule, empty when nothing does.
 */
public final class Architecture {
    private final Path root;
    private final List<Path> classFiles;

    private Architecture(Path root) {
        this.root = root;
        try (Stream<Path> files = Files.walk(root)) {
            this.classFiles =
                    files.filter(file -> file.toString().endsWith(".class")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The module whose main classes include {@code anchor}. */
    public static Architecture ofModuleOf(Class<?> anchor) {
        try {
            return new Architecture(Path.of(
                    anchor.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Classes that refer to anything in {@code io.toasty.internal}: integrations must use core's API and SPI only. */
    public Set<String> usersOfCoreInternals() throws IOException {
        Set<String> users = new TreeSet<>();
        for (Path file : classFiles) {
            // a class's constant pool names every class it refers to
            if (new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains("io/toasty/internal/")) {
                users.add(className(file));
            }
        }
        return users;
    }

    /** Public or protected signatures of non-internal public types that name an internal type. */
    public Set<String> internalTypesExposed() throws ClassNotFoundException {
        Set<String> leaks = new TreeSet<>();
        for (Class<?> type : classes()) {
            if (internal(type.getName()) || !Modifier.isPublic(type.getModifiers())) {
                continue;
            }
            List<Type> exposed = new ArrayList<>();
            exposed.add(type.getGenericSuperclass());
            exposed.addAll(List.of(type.getGenericInterfaces()));
            for (Method method : type.getDeclaredMethods()) {
                if (visible(method)) {
                    exposed.add(method.getGenericReturnType());
                    exposed.addAll(List.of(method.getGenericParameterTypes()));
                    exposed.addAll(List.of(method.getGenericExceptionTypes()));
                }
            }
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (visible(constructor)) {
                    exposed.addAll(List.of(constructor.getGenericParameterTypes()));
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (visible(field)) {
                    exposed.add(field.getGenericType());
                }
            }
            for (Type exposedType : exposed) {
                if (exposedType != null && internal(exposedType.getTypeName())) {
                    leaks.add(type.getName() + " exposes " + exposedType.getTypeName());
                }
            }
        }
        return leaks;
    }

    /** Packages without a {@code package-info}: each package says what it is for. */
    public Set<String> undocumentedPackages() {
        Set<String> packages = new TreeSet<>();
        Set<String> documented = new TreeSet<>();
        for (Path file : classFiles) {
            String name = className(file);
            String packageName = name.substring(0, name.lastIndexOf('.'));
            packages.add(packageName);
            if (name.endsWith(".package-info")) {
                documented.add(packageName);
            }
        }
        packages.removeAll(documented);
        return packages;
    }

    /**
     * Public classes in internal packages, but for those named in {@code allowed} (simple names of classes a container
     * or a tool must instantiate): implementation classes are package-private.
     */
    public Set<String> publicImplementationClasses(Set<String> allowed) throws ClassNotFoundException {
        Set<String> exposed = new TreeSet<>();
        for (Class<?> type : classes()) {
            if (internal(type.getName())
                    && Modifier.isPublic(type.getModifiers())
                    && !allowed.contains(type.getSimpleName())) {
                exposed.add(type.getName());
            }
        }
        return exposed;
    }

    private List<Class<?>> classes() throws ClassNotFoundException {
        List<Class<?>> classes = new ArrayList<>();
        for (Path file : classFiles) {
            String name = className(file);
            if (!name.endsWith("package-info")) {
                classes.add(Class.forName(name, false, Architecture.class.getClassLoader()));
            }
        }
        return classes;
    }

    private String className(Path file) {
        return root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
    }

    private static boolean visible(Member member) {
        return Modifier.isPublic(member.getModifiers()) || Modifier.isProtected(member.getModifiers());
    }

    private static boolean internal(String name) {
        return name.contains(".internal.") || name.endsWith(".internal");
    }
}
