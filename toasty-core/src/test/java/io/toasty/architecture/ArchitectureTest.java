package io.toasty.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.toasty.Toasty;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The three tiers, checked: API and SPI never expose an internal type, and every package says what it is for. */
class ArchitectureTest {

    private static List<Class<?>> mainClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(
                Toasty.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (!name.endsWith("package-info")) {
                    classes.add(Class.forName(name, false, ArchitectureTest.class.getClassLoader()));
                }
            }
        }
        return classes;
    }

    private static boolean internal(String name) {
        return name.contains(".internal.") || name.endsWith(".internal");
    }

    @Test
    void publicApiAndSpiExposeNoInternalType() throws Exception {
        Set<String> leaks = new TreeSet<>();
        for (Class<?> type : mainClasses()) {
            if (internal(type.getName()) || !Modifier.isPublic(type.getModifiers())) {
                continue;
            }
            List<Type> exposed = new ArrayList<>();
            exposed.add(type.getGenericSuperclass());
            exposed.addAll(List.of(type.getGenericInterfaces()));
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) || Modifier.isProtected(method.getModifiers())) {
                    exposed.add(method.getGenericReturnType());
                    exposed.addAll(List.of(method.getGenericParameterTypes()));
                    exposed.addAll(List.of(method.getGenericExceptionTypes()));
                }
            }
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (Modifier.isPublic(constructor.getModifiers()) || Modifier.isProtected(constructor.getModifiers())) {
                    exposed.addAll(List.of(constructor.getGenericParameterTypes()));
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isPublic(field.getModifiers()) || Modifier.isProtected(field.getModifiers())) {
                    exposed.add(field.getGenericType());
                }
            }
            for (Type exposedType : exposed) {
                if (exposedType != null && exposedType.getTypeName().contains("io.toasty.internal")) {
                    leaks.add(type.getName() + " exposes " + exposedType.getTypeName());
                }
            }
        }
        assertEquals(Set.of(), leaks);
    }

    @Test
    void everyPackageHasAPackageInfo() throws Exception {
        Path sources = Path.of("src/main/java");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path directory : files.filter(Files::isDirectory).toList()) {
                boolean hasJava;
                try (Stream<Path> children = Files.list(directory)) {
                    hasJava = children.anyMatch(f -> f.toString().endsWith(".java"));
                }
                if (hasJava && !Files.exists(directory.resolve("package-info.java"))) {
                    missing.add(sources.relativize(directory).toString());
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void coreNamesNoIntegration() throws Exception {
        Set<String> offenders = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith("import jakarta.") || line.startsWith("import javax.transaction")) {
                        offenders.add(file.getFileName() + ": " + line);
                    }
                }
            }
        }
        assertEquals(Set.of(), offenders, "core knows nothing of CDI, JTA or validation");
    }
}
