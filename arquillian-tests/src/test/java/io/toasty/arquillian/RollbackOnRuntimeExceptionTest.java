package io.toasty.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.toasty.Repository;
import io.toasty.arquillian.model.Account;
import io.toasty.arquillian.model.Entry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A {@code @Transactional} method writes through two repositories, then throws a runtime exception: the caller gets
 * that exception, and neither write is in the database.
 */
@ExtendWith(ArquillianExtension.class)
class RollbackOnRuntimeExceptionTest {
    @Deployment
    static JavaArchive deployment() {
        return Scenario.of(RollbackOnRuntimeExceptionTest.class, Bank.class);
    }

    static final IllegalStateException REFUSED = new IllegalStateException("the account cannot be opened after all");

    @ApplicationScoped
    static class Bank {
        @Inject
        Repository<Account> accounts;

        @Inject
        Repository<Entry> entries;

        @Transactional
        void openThenFail(String id, String owner, long deposit) {
            accounts.insert(new Account(id, owner, deposit));
            entries.insert(Entry.of(id, deposit));
            throw REFUSED;
        }

        @Transactional
        void open(String id, String owner, long deposit) {
            accounts.insert(new Account(id, owner, deposit));
            entries.insert(Entry.of(id, deposit));
        }
    }

    @Inject
    Bank bank;

    @Inject
    Postgres postgres;

    @Test
    void aRuntimeExceptionLeavesNothingOfEitherRepository() throws SQLException {
        IllegalStateException thrown =
                assertThrows(IllegalStateException.class, () -> bank.openThenFail("ada", "Ada", 100));

        assertSame(REFUSED, thrown);
        assertEquals(List.of("0"), postgres.column("select count(*) from accounts"));
        assertEquals(List.of("0"), postgres.column("select count(*) from entries"));

        // and the next transaction, on the same pool, commits as usual
        bank.open("alan", "Alan", 50);
        assertEquals(List.of("alan"), postgres.column("select id from accounts"));
        assertEquals(List.of("alan"), postgres.column("select account from entries"));
    }
}
