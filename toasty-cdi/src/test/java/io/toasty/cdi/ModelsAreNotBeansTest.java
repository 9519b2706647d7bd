package io.toasty.cdi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.Repository;
import io.toasty.cdi.testing.Deployment;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.util.TypeLiteral;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * A model in a bean archive that the container scans in full is data, not a bean: the extension vetoes it, and still
 * serves its repository. And the extension is registered for containers that load extensions themselves.
 */
@DatabaseTest(TestDatabase.H2)
class ModelsAreNotBeansTest {
    private final TestDatabase db;

    ModelsAreNotBeansTest(TestDatabase db) {
        this.db = db;
    }

    @Model
    public static class Note {
        @Key
        String title;

        public Note() {}
    }

    @Test
    void aScannedModelIsNoBean() {
        try (Deployment.Running app = Deployment.of(getClass())
                .discoverAll()
                .dataSource(db.dataSource())
                .config("toasty.schema-management", "create")
                .beans(Note.class)
                .start()) {
            assertTrue(app.container().select(Note.class).isUnsatisfied());
            Repository<Note> notes = app.container()
                    .select(new TypeLiteral<Repository<Note>>() {})
                    .get();
            assertEquals(0, notes.count());
        }
    }

    @Test
    void theExtensionIsAService() {
        assertTrue(ServiceLoader.load(Extension.class).stream()
                .anyMatch(provider -> provider.type().getName().equals("io.toasty.cdi.internal.ToastyExtension")));
    }
}
