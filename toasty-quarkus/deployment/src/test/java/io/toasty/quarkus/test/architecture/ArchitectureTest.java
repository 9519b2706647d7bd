package io.toasty.quarkus.test.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.toasty.quarkus.ToastyRuntimeConfig;
import java.io.IOException;
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
 * The tiers, checked on both modules of the extension: they use core's API and SPI only, never
 * {@code io.toasty.internal}; the API package exposes nothing internal; every package says what it is for.
 */
class ArchitectureTest {
    private static List<Path> roots() throws URISyntaxException {
        return List.of(root(ToastyRuntimeConfig.class), root(forName("io.toasty.quarkus.deployment.ToastyProcessor")));
    }

    private static Class<?> forName(String name) {
        try {
            return Class.forName(name, false, ArchitectureTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private static Path root(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static List<String> classes(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file ->
                            root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .toList();
        }
    }

    @Test
    void nothingUsesCoresInternals() throws Exception {
        Set<String> users = new TreeSet<>();
        for (Path root : roots()) {
            for (String name : classes(root)) {
                byte[] bytes = Files.readAllBytes(root.resolve(name.replace('.', '/') + ".class"));
                if (new String(bytes, StandardCharsets.ISO_8859_1).contains("io/toasty/internal/")) {
                    users.add(name);
                }
            }
        }
        assertEquals(Set.of(), users);
    }

    /**
     * Micrometer is optional: a class that names one of its types outside the package whose bean is declared only
     * with Micrometer (the recorder, say) breaks every application without it.
     */
    @Test
    void onlyTheMicrometerPackageNamesMicrometer() throws Exception {
        Set<String> users = new TreeSet<>();
        for (Path root : roots()) {
            for (String name : classes(root)) {
                byte[] bytes = Files.readAllBytes(root.resolve(name.replace('.', '/') + ".class"));
                if (new String(bytes, StandardCharsets.ISO_8859_1).contains("io/micrometer/")
                        && !name.startsWith("io.toasty.quarkus.internal.micrometer.")) {
                    users.add(name);
                }
            }
        }
        assertEquals(Set.of(), users);
    }

    @Test
    void theConfigurationApiExposesNoInternalType() throws Exception {
        Set<String> leaks = new TreeSet<>();
        for (String name : classes(roots().get(0))) {
            if (name.contains(".internal.") || name.endsWith("package-info") || !name.startsWith("io.toasty.")) {
                continue;
            }
            Class<?> type = forName(name);
            List<Type> exposed = new ArrayList<>(List.of(type.getGenericInterfaces()));
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())) {
                    exposed.add(method.getGenericReturnType());
                    exposed.addAll(List.of(method.getGenericParameterTypes()));
                }
            }
            for (Type exposedType : exposed) {
                if (exposedType.getTypeName().contains(".internal.")) {
                    leaks.add(name + " exposes " + exposedType.getTypeName());
                }
            }
        }
        assertEquals(Set.of(), leaks);
    }

    @Test
    void everyPackageHasAPackageInfo() throws Exception {
        Set<String> missing = new TreeSet<>();
        for (Path root : roots()) {
            Set<String> packages = new TreeSet<>();
            Set<String> documented = new TreeSet<>();
            for (String name : classes(root)) {
                if (!name.startsWith("io.toasty.")) {
                    continue;
                }
                String packageName = name.substring(0, name.lastIndexOf('.'));
                packages.add(packageName);
                if (name.endsWith(".package-info")) {
                    documented.add(packageName);
                }
            }
            packages.removeAll(documented);
            missing.addAll(packages);
        }
        assertEquals(Set.of(), missing);
    }
}
