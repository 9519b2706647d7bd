package io.toasty.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.toasty.Toasty;
import io.toasty.testing.Architecture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The three tiers, checked: API and SPI never expose an internal type, and every package says what it is for. */
class ArchitectureTest {
    private final Architecture core = Architecture.ofModuleOf(Toasty.class);

    @Test
    void publicApiAndSpiExposeNoInternalType() throws Exception {
        assertEquals(Set.of(), core.internalTypesExposed());
    }

    @Test
    void everyPackageHasAPackageInfo() {
        assertEquals(Set.of(), core.undocumentedPackages());
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
