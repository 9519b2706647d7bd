package io.toasty.cdi.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.toasty.cdi.ToastyCdi;
import java.io.IOException;
import java.lang.reflect.Field;
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
import org.junit.jupiter.api.Test;

/**
 * The tiers, checked: toasty-cdi uses core's API and SPI only, never {@code io.toasty.internal}; its own API exposes
 * nothing of its internal package; every package says what it is for; implementation classes are not public.
 */
class ArchitectureTest {
    private static Path root() throws URISyntaxException {
        return Path.of(ToastyCdi.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    }

    private static List<Path> classFiles() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(file -> file.toString().endsWith(".class")).toList();
        }
    }

    private static String className(Path file) throws URISyntaxException {
        return root().relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
    }

    @Test
    void nothingUsesCoresInternals() throws Exception {
        Set<String> users = new TreeSet<>();
        for (Path file : classFiles()) {
            // a class's constant pool names every class it refers to
            if (new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains("io/toasty/internal/")) {
                users.add(className(file));
            }
        }
        assertEquals(Set.of(), users);
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
            List<Type> exposed = new ArrayList<>();
            exposed.add(type.getGenericSuperclass());
            exposed.addAll(List.of(type.getGenericInterfaces()));
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) || Modifier.isProtected(method.getModifiers())) {
                    exposed.add(method.getGenericReturnType());
                    exposed.addAll(List.of(method.getGenericParameterTypes()));
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isPublic(field.getModifiers()) || Modifier.isProtected(field.getModifiers())) {
                    exposed.add(field.getGenericType());
                }
            }
            for (Type exposedType : exposed) {
                if (exposedType != null && exposedType.getTypeName().contains(".internal")) {
                    leaks.add(name + " exposes " + exposedType.getTypeName());
                }
            }
        }
        assertEquals(Set.of(), leaks);
    }

    @Test
    void everyPackageSaysWhatItIsFor() throws Exception {
        Set<String> packages = new TreeSet<>();
        Set<String> documented = new TreeSet<>();
        for (Path file : classFiles()) {
            String name = className(file);
            String packageName = name.substring(0, name.lastIndexOf('.'));
            packages.add(packageName);
            if (name.endsWith(".package-info")) {
                documented.add(packageName);
            }
        }
        assertEquals(packages, documented);
    }

    @Test
    void implementationClassesAreNotPublic() throws Exception {
        Set<String> exposed = new TreeSet<>();
        for (Path file : classFiles()) {
            String name = className(file);
            if (!name.contains(".internal.") || name.endsWith("package-info")) {
                continue;
            }
            Class<?> type = Class.forName(name, false, getClass().getClassLoader());
            // the extension is public because the container instantiates it through META-INF/services
            if (Modifier.isPublic(type.getModifiers()) && !name.endsWith(".ToastyExtension")) {
                exposed.add(name);
            }
        }
        assertEquals(Set.of(), exposed);
    }
}
