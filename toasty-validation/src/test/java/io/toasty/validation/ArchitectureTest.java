package io.toasty.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The tiers of this module, checked: it uses core's API and SPI only, and exposes none of its own internals. */
class ArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        }
    }

    @Test
    void nothingImportsCoreInternals() throws IOException {
        Set<String> offenders = new TreeSet<>();
        for (Path file : sources()) {
            for (String line : Files.readAllLines(file)) {
                if (line.contains("io.toasty.internal")) {
                    offenders.add(SOURCES.relativize(file) + ": " + line.trim());
                }
            }
        }
        assertEquals(Set.of(), offenders, "integrations implement core's SPI; core's internals may change any day");
    }

    @Test
    void everyPackageSaysWhatItIsFor() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (Path file : sources()) {
            if (!Files.exists(file.resolveSibling("package-info.java"))) {
                missing.add(SOURCES.relativize(file.getParent()).toString());
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void theApiExposesNoInternalType() {
        Class<?> api = BeanValidationWriteListener.class;
        List<Type> exposed = new ArrayList<>(List.of(api.getGenericInterfaces()));
        for (Method method : api.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers())) {
                exposed.add(method.getGenericReturnType());
                exposed.addAll(List.of(method.getGenericParameterTypes()));
            }
        }
        for (Constructor<?> constructor : api.getConstructors()) {
            exposed.addAll(List.of(constructor.getGenericParameterTypes()));
        }
        Set<String> leaks = new TreeSet<>();
        for (Type type : exposed) {
            if (type.getTypeName().contains(".internal")) {
                leaks.add(type.getTypeName());
            }
        }
        assertEquals(Set.of(), leaks);
        assertEquals(true, Modifier.isFinal(api.getModifiers()), "the listener is final");
    }
}
