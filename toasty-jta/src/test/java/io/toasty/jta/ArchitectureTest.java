package io.toasty.jta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The tiers, checked: the API exposes no internal type, and nothing here uses toasty-core's internals. */
class ArchitectureTest {
    private static Path classes() throws Exception {
        return Path.of(JtaTransactionIntegration.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    }

    private static List<Path> classFiles() throws Exception {
        try (Stream<Path> files = Files.walk(classes())) {
            return files.filter(file -> file.toString().endsWith(".class")).toList();
        }
    }

    @Test
    void theApiExposesNoInternalType() throws Exception {
        Set<String> leaks = new TreeSet<>();
        for (Path file : classFiles()) {
            String name =
                    classes().relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
            Class<?> type = Class.forName(name, false, getClass().getClassLoader());
            if (name.contains(".internal.") || !Modifier.isPublic(type.getModifiers())) {
                continue;
            }
            List<Type> exposed = new ArrayList<>(List.of(type.getGenericInterfaces()));
            exposed.add(type.getGenericSuperclass());
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())) {
                    exposed.add(method.getGenericReturnType());
                    exposed.addAll(List.of(method.getGenericParameterTypes()));
                }
            }
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (Modifier.isPublic(constructor.getModifiers())) {
                    exposed.addAll(List.of(constructor.getGenericParameterTypes()));
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isPublic(field.getModifiers())) {
                    exposed.add(field.getGenericType());
                }
            }
            for (Type exposedType : exposed) {
                if (exposedType != null && exposedType.getTypeName().contains(".internal.")) {
                    leaks.add(name + " exposes " + exposedType.getTypeName());
                }
            }
        }
        assertEquals(Set.of(), leaks);
    }

    @Test
    void nothingUsesToastyCoreInternals() throws Exception {
        Set<String> users = new TreeSet<>();
        for (Path file : classFiles()) {
            if (new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains("io/toasty/internal/")) {
                users.add(classes().relativize(file).toString());
            }
        }
        assertEquals(Set.of(), users);
    }

    @Test
    void everyPackageSaysWhatItIsFor() throws Exception {
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> folders = Files.walk(classes())) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                boolean hasClasses;
                try (Stream<Path> files = Files.list(folder)) {
                    hasClasses = files.anyMatch(file -> file.toString().endsWith(".class"));
                }
                if (hasClasses && !Files.exists(folder.resolve("package-info.class"))) {
                    missing.add(classes().relativize(folder).toString());
                }
            }
        }
        assertEquals(Set.of(), missing);
    }
}
