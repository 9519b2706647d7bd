package io.toasty.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.toasty.DuplicateKeyException;
import io.toasty.Repository;
import io.toasty.TransactionException;
import io.toasty.arquillian.model.Account;
import io.toasty.arquillian.model.Entry;
import io.toasty.jta.SavepointScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import java.sql.SQLException;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A thousand {@code @Transactional} transactions, committing, rolling back on an exception, failing on a caught
 * statement failure, surviving one in a savepoint scope, and refusing an invalid object: afterwards the pool has no
 * connection out, and PostgreSQL has no backend of this pool left idle in a transaction.
 */
@ExtendWith(ArquillianExtension.class)
class NoLeakedConnectionsTest {
    static final int TRANSACTIONS = 1000;

    @Deployment
    static JavaArchive deployment() {
        return Scenario.of(NoLeakedConnectionsTest.class, Bank.class, Importer.class);
    }

    @ApplicationScoped
    static class Importer {
        @Inject
        Repository<Account> accounts;

        @SavepointScope
        void importOne(String id) {
            accounts.insert(new Account(id, "imported", 0));
        }
    }

    @ApplicationScoped
    static class Bank {
        @Inject
        Repository<Account> accounts;

        @Inject
        Repository<Entry> entries;

        @Inject
        Importer importer;

        @Transactional
        void commit(int i) {
            accounts.insert(new Account("c" + i, "Committed", i));
            entries.insert(Entry.of("c" + i, i));
        }

        @Transactional
        void rollBack(int i) {
            accounts.insert(new Account("r" + i, "Rolled back", i));
            throw new IllegalStateException("rolled back " + i);
        }

        @Transactional
        void ignoreAFailedStatement(int i) {
            entries.insert(Entry.of("f" + i, i));
            try {
                accounts.insert(new Account("seed", "duplicate", i));
            } catch (DuplicateKeyException e) {
                // NoSilentRollback turns this into a TransactionException
            }
        }

        @Transactional
        void survive(int i) {
            try {
                importer.importOne("seed");
            } catch (DuplicateKeyException e) {
                entries.insert(Entry.of("s" + i, i));
            }
        }

        @Transactional
        void refuseAnInvalidObject(int i) {
            try {
                accounts.insert(new Account("v" + i, "", -1));
            } catch (ConstraintViolationException e) {
                entries.insert(Entry.of("v" + i, i));
            }
        }
    }

    @Inject
    Bank bank;

    @Inject
    Repository<Account> accounts;

    @Inject
    Postgres postgres;

    @Test
    void aThousandTransactionsLeaveNoConnectionBehind() throws SQLException {
        accounts.insert(new Account("seed", "Seed", 0));

        for (int i = 0; i < TRANSACTIONS; i++) {
            int n = i;
            switch (i % 5) {
                case 0 -> bank.commit(n);
                case 1 -> assertThrows(IllegalStateException.class, () -> bank.rollBack(n));
                case 2 -> assertThrows(TransactionException.class, () -> bank.ignoreAFailedStatement(n));
                case 3 -> bank.survive(n);
                default -> bank.refuseAnInvalidObject(n);
            }
        }

        assertEquals(0, postgres.activeConnections());
        assertEquals(List.of(), postgres.backends("state like 'idle in transaction%'"));
        assertEquals(List.of("201"), postgres.column("select count(*) from accounts"), "seed and 200 committed");
        assertEquals(
                List.of("c 200", "s 200", "v 200"),
                postgres.column(
                        "select kind || ' ' || count(*) from (select left(account, 1) as kind from entries) lines"
                                + " group by kind order by kind"));
    }
}
