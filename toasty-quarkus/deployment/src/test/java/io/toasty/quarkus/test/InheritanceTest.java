package io.toasty.quarkus.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.QuarkusExtensionTest;
import io.toasty.Repository;
import io.toasty.quarkus.test.models.Audiobook;
import io.toasty.quarkus.test.models.Ebook;
import io.toasty.quarkus.test.models.Ebook_;
import io.toasty.quarkus.test.models.Media;
import io.toasty.quarkus.test.models.Media_;
import io.toasty.quarkus.test.testing.TestDatabases;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A single-table hierarchy found in the index like any model: one bean per class, the base's repository reading each
 * row as its subclass, a subclass's repository restricted to its rows, validation of the base's fields on a subclass.
 */
class InheritanceTest {
    @RegisterExtension
    static final QuarkusExtensionTest TEST = TestDatabases.app(
                    InheritanceTest.class, Media.class, Ebook.class, Audiobook.class)
            .overrideConfigKey("quarkus.toasty.schema-management", "drop-and-create");

    @Inject
    Repository<Media> media;

    @Inject
    Repository<Ebook> ebooks;

    @Inject
    Repository<Audiobook> audiobooks;

    @Test
    void theBaseReadsSubclassesAndASubclassOnlyItsOwnRows() {
        media.insert(new Ebook("Emma", "epub"));
        audiobooks.insert(new Audiobook("Persuasion", 560));

        List<Media> all = media.query().orderBy(Media_.title.asc()).list();
        assertEquals(
                List.of(Ebook.class, Audiobook.class),
                all.stream().map(Object::getClass).toList());
        assertEquals("epub", ((Ebook) all.get(0)).format);
        assertEquals(1, ebooks.count());
        assertEquals(560, audiobooks.query().one().minutes);
    }

    @Test
    void aSubclassIsValidatedByTheBasesConstraints() {
        assertThrows(ConstraintViolationException.class, () -> ebooks.insert(new Ebook(" ", "pdf")));
        assertEquals(0, ebooks.where(Ebook_.title.eq(" ")).count());
    }
}
