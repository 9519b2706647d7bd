package io.toasty.cdi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.cdi.testing.Deployment;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.InMemoryCompiler;
import io.toasty.testing.TestDatabase;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model that cannot be mapped (here one without a key, compiled without the annotation processor, which would have
 * refused it) fails the deployment with core's message, not the first request.
 */
@DatabaseTest(TestDatabase.H2)
class UnmappableModelFailsDeploymentTest {
    private final TestDatabase db;

    UnmappableModelFailsDeploymentTest(TestDatabase db) {
        this.db = db;
    }

    @Test
    void theDeploymentFailsWithTheMappingProblem(@TempDir Path jar) throws IOException {
        InMemoryCompiler.Compilation compilation = InMemoryCompiler.compile(
                List.of(),
                """
                package unmappable;
                import io.toasty.model.Model;
                @Model
                public class Gadget {
                    public String name;
                    public Gadget() {}
                }
                """);
        assertTrue(compilation.success(), compilation.messages().toString());
        Path index = jar.resolve("META-INF/toasty/models");
        Files.createDirectories(index.getParent());
        Files.writeString(index, "unmappable.Gadget\n");
        ClassLoader application = new URLClassLoader(new URL[] {jar.toUri().toURL()}, compilation.classLoader());

        List<String> problems = Deployment.of(getClass())
                .classLoader(application)
                .dataSource(db.dataSource())
                .failure();

        assertEquals(
                List.of(
                        """
                        Cannot map unmappable.Gadget:
                          - Gadget has no @Key field: annotate the field that identifies a row with @Key (several \
                        fields for a composite key)"""),
                problems);
    }
}
