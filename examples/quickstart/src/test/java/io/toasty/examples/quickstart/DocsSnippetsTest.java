package io.toasty.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Docs are tested code: every line of every Java snippet in docs/ must be a line of an example or of a test source
 * of some module, all of which compile and run in this build. Edit the code first, then copy it into the guide.
 */
class DocsSnippetsTest {
    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

    private static Set<String> codeLines() throws IOException {
        Set<String> lines = new HashSet<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> f.startsWith(ROOT.resolve("examples"))
                            || f.toString().contains("/src/test/java/"))
                    .filter(f -> !f.toString().contains("/target/"))
                    .toList()) {
                Files.readAllLines(file).forEach(line -> lines.add(line.strip()));
            }
        }
        return lines;
    }

    @Test
    void everyJavaSnippetInTheDocsIsCodeThatRuns() throws IOException {
        Set<String> code = codeLines();
        List<String> stray = new ArrayList<>();
        int snippets = 0;
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            for (Path doc :
                    docs.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                boolean inJava = false;
                for (String line : Files.readAllLines(doc)) {
                    if (line.strip().equals("```java")) {
                        inJava = true;
                        snippets++;
                    } else if (line.strip().startsWith("```")) {
                        inJava = false;
                    } else if (inJava && !line.isBlank() && !code.contains(line.strip())) {
                        stray.add(doc.getFileName() + ": " + line.strip());
                    }
                }
            }
        }
        assertTrue(snippets > 5, "the guide has Java snippets: " + snippets);
        assertEquals(List.of(), stray);
    }
}
