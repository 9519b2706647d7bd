package io.toasty.internal.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.internal.meta.GeneratedNames;
import io.toasty.processortest.Book;
import io.toasty.processortest.Book_;
import io.toasty.processortest.Library;
import io.toasty.processortest.Library_Shelf_;
import io.toasty.query.NumberAttribute;
import io.toasty.query.StringAttribute;
import io.toasty.spi.ModelAccessor;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ServiceLoader;
import javax.annotation.processing.Processor;
import org.junit.jupiter.api.Test;

/**
 * The processor as the build runs it: registered in its service file and found by javac when the test sources were
 * compiled, so that the models in {@code io.toasty.processortest} have their metamodels (referenced here as code),
 * accessors and index entries.
 */
class ProcessorInBuildTest {
    @Test
    void processorIsRegisteredAsAService() {
        assertTrue(ServiceLoader.load(Processor.class).stream()
                .anyMatch(provider -> provider.type() == ModelProcessor.class));
    }

    @Test
    void metamodelsWereGeneratedForTheTestModels() {
        StringAttribute<Book> title = Book_.title;
        NumberAttribute<Library.Shelf, Long> id = Library_Shelf_.id;

        assertEquals("title", title.name());
        assertEquals(Book.class, title.model());
        assertEquals(Long.class, id.type());
    }

    @Test
    void accessorIsFoundByItsBinaryName() throws Exception {
        @SuppressWarnings("unchecked")
        ModelAccessor<Library.Shelf> accessor =
                (ModelAccessor<Library.Shelf>) Class.forName(GeneratedNames.accessorBinaryName(Library.Shelf.class))
                        .getConstructor()
                        .newInstance();

        assertEquals(new Library.Shelf(4, "poetry"), accessor.create(new Object[] {4L, "poetry"}));
    }

    @Test
    void modelIndexListsTheTestModels() throws IOException {
        List<String> models = new ArrayList<>();
        for (URL index : Collections.list(getClass().getClassLoader().getResources(GeneratedNames.MODEL_INDEX))) {
            try (InputStream in = index.openStream()) {
                models.addAll(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")));
            }
        }

        assertTrue(models.contains(Book.class.getName()), models::toString);
        assertTrue(models.contains(Library.Shelf.class.getName()), models::toString);
    }
}
