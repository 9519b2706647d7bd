package io.toasty.jta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.DuplicateKeyException;
import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.TransactionException;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code @SavepointScope}: a method fails and rolls back its own writes while its caller's transaction goes on. */
@DatabaseTest
class SavepointScopeTest {
    private final JtaDatabase jta;
    private final Repository<Entry> entries;
    private final Repository<Doctor> doctors;
    private final Container container;
    private final Importer importer;

    SavepointScopeTest(TestDatabase db) throws Exception {
        this.jta = new JtaDatabase(db);
        Toasty toasty = jta.toasty(Entry.class);
        this.entries = toasty.repository(Entry.class);
        this.doctors = jta.toasty(Doctor.class).repository(Doctor.class);
        this.container = new Container(jta, toasty, jta.toasty(Doctor.class), Importer.class, Step.class);
        this.importer = container.bean(Importer.class);
    }

    @AfterEach
    void close() throws Exception {
        container.close();
        jta.close();
    }

    private List<String> names() {
        return entries.query().list().stream().map(Entry::name).sorted().toList();
    }

    @ApplicationScoped
    static class Importer {
        @Inject
        Toasty toasty;

        @Inject
        @Second
        Toasty second;

        @Inject
        Step step;

        private final List<Throwable> caught = new ArrayList<>();

        /** What the importer caught, through the client proxy, whose own fields are empty. */
        List<Throwable> caught() {
            return caught;
        }

        Repository<Entry> entries() {
            return toasty.repository(Entry.class);
        }

        @Transactional
        @NoSilentRollback
        void stepSucceeds() {
            entries().insert(new Entry("before"));
            step.insert("inside");
            entries().insert(new Entry("after"));
        }

        @Transactional
        @NoSilentRollback
        void stepFails() {
            entries().insert(new Entry("before"));
            try {
                step.insertThenDuplicate("inside", "before");
            } catch (DuplicateKeyException e) {
                caught.add(e);
            }
            entries().insert(new Entry("after"));
        }

        @Transactional
        @NoSilentRollback
        void stepSwallowsItsFailure() {
            entries().insert(new Entry("before"));
            try {
                step.insertThenSwallowADuplicate("inside", "before");
            } catch (TransactionException e) {
                caught.add(e);
            }
            entries().insert(new Entry("after"));
        }

        @Transactional
        @NoSilentRollback
        void stepWithBothToastiesFails() {
            entries().insert(new Entry("before"));
            second.repository(Doctor.class).insert(new Doctor("before", true));
            try {
                step.insertWithBothThenDuplicate("inside", "before");
            } catch (DuplicateKeyException e) {
                caught.add(e);
            }
            entries().insert(new Entry("after"));
            second.repository(Doctor.class).insert(new Doctor("after", true));
        }

        @Transactional
        @NoSilentRollback
        void transactionalStepFails() {
            entries().insert(new Entry("before"));
            try {
                step.transactionalInsertThenDuplicate("inside", "before");
            } catch (DuplicateKeyException e) {
                caught.add(e);
            }
        }
    }

    @ApplicationScoped
    static class Step {
        @Inject
        Toasty toasty;

        @Inject
        @Second
        Toasty second;

        @SavepointScope
        void insertWithBothThenDuplicate(String name, String duplicate) {
            second.repository(Doctor.class).insert(new Doctor(name, true));
            toasty.repository(Entry.class).insert(new Entry(name));
            toasty.repository(Entry.class).insert(new Entry(duplicate));
        }

        @SavepointScope
        void insert(String name) {
            toasty.repository(Entry.class).insert(new Entry(name));
        }

        @SavepointScope
        void insertThenDuplicate(String name, String duplicate) {
            toasty.repository(Entry.class).insert(new Entry(name));
            toasty.repository(Entry.class).insert(new Entry(duplicate));
        }

        @SavepointScope
        void insertThenSwallowADuplicate(String name, String duplicate) {
            toasty.repository(Entry.class).insert(new Entry(name));
            try {
                toasty.repository(Entry.class).insert(new Entry(duplicate));
            } catch (DuplicateKeyException e) {
                // the savepoint scope still rolls back what the method wrote, and says so
            }
        }

        @SavepointScope
        @Transactional
        void transactionalInsertThenDuplicate(String name, String duplicate) {
            toasty.repository(Entry.class).insert(new Entry(name));
            toasty.repository(Entry.class).insert(new Entry(duplicate));
        }
    }

    @Test
    void aStepThatSucceedsKeepsItsWrites() {
        importer.stepSucceeds();
        assertEquals(List.of("after", "before", "inside"), names());
    }

    @Test
    void aStepThatFailsRollsBackItsWritesAndTheTransactionCommitsTheRest() {
        importer.stepFails();
        assertEquals(1, importer.caught().size());
        assertEquals(List.of("after", "before"), names());
        assertEquals(0, jta.activeConnections());
    }

    @Test
    void theSavepointCoversEveryToasty() {
        importer.stepWithBothToastiesFails();
        assertEquals(List.of("after", "before"), names());
        assertEquals(
                List.of("after", "before"),
                doctors.query().list().stream().map(Doctor::name).sorted().toList());
    }

    @Test
    void aStepThatCatchesItsOwnFailureIsRolledBackAndSaysSo() {
        importer.stepSwallowsItsFailure();
        TransactionException thrown = (TransactionException) importer.caught().get(0);
        assertTrue(thrown.getMessage().startsWith("A statement failed inside the savepoint scope"), thrown::getMessage);
        assertEquals(List.of("after", "before"), names());
    }

    @Test
    void aStepThatIsAlsoTransactionalDoomsTheTransactionAndTheCallerHearsOfIt() {
        TransactionException thrown = assertThrows(TransactionException.class, importer::transactionalStepFails);
        assertEquals(
                "Importer.transactionalStepFails() returned normally, but its JTA transaction can only roll back, so"
                        + " nothing it wrote will be committed: the DuplicateKeyException thrown in"
                        + " Step.transactionalInsertThenDuplicate(), a @SavepointScope method, passed through a"
                        + " @Transactional method, whose interceptor marks the transaction rollback-only on a runtime"
                        + " exception even when it only joined the transaction, and the exception was caught. Remove"
                        + " @Transactional from the savepoint-scoped method and the methods it calls (they run in the"
                        + " caller's transaction anyway), or name the exception in their dontRollbackOn",
                thrown.getMessage());
        Throwable[] suppressed = importer.caught().get(0).getSuppressed();
        assertEquals(1, suppressed.length);
        assertTrue(
                suppressed[0]
                        .getMessage()
                        .startsWith("The savepoint of Step.transactionalInsertThenDuplicate() rolled back its writes,"
                                + " but its JTA transaction is now rollback-only: "),
                suppressed[0]::getMessage);
        assertEquals(List.of(), names());
    }

    @Test
    void aStepOutsideATransactionIsRefused() {
        TransactionException thrown = assertThrows(
                TransactionException.class, () -> container.bean(Step.class).insert("a"));
        assertEquals(
                "@SavepointScope on Step.insert() needs an active JTA transaction to keep when the method fails, but"
                        + " none is active on this thread: call it from a @Transactional method",
                thrown.getMessage());
        assertEquals(List.of(), names());
    }
}
