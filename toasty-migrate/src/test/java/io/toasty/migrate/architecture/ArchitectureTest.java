package io.toasty.migrate.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.toasty.migrate.Migrator;
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

/**
 * The tiers of toasty-migrate, checked: its API exposes none of its internal types, it uses none of toasty-core's
 * internals (it works from the public schema description), and every package says what it is for.
 */
class ArchitectureTest {
    private static Path classes() throws Exception {
        return Path.of(Migrator.class
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

    private static String className(Path file) throws Exception {
        return classes().relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
    }

    @Test
    void theApiExposesNoInternalType() throws Exception {
        Set<String> leaks = new TreeSet<>();
        for (Path file : classFiles()) {
            String name = className(file);
            if (name.contains(".internal.") || name.endsWith("package-info")) {
                continue;
            }
            Class<?> type = Class.forName(name, false, getClass().getClassLoader());
            if (!Modifier.isPublic(type.getModifiers())) {
                continue;
            }
            List<Type> exposed = new ArrayList<>(List.of(type.getGenericInterfaces()));
            exposed.add(type.getGenericSuperclass());
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) || Modifier.isProtected(method.getModifiers())) {
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
                users.add(className(file));
            }
        }
        assertEquals(Set.of(), users);
    }

    @Test
    void everyPackageSaysWhatItIsFor() throws Exception {
        Set<String> packages = new TreeSet<>();
        Set<String> documented = new TreeSet<>();
        for (Path file : classFiles()) {
            String name = className(file);
            String pkg = name.substring(0, name.lastIndexOf('.'));
            packages.add(pkg);
            if (name.endsWith(".package-info")) {
                documented.add(pkg);
            }
        }
        assertEquals(packages, documented);
    }
}
