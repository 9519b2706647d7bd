package io.toasty.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * A {@code @Transactional} method writes through two repositories: nothing is visible to others until the method
 * returns, and then both writes are, committed together.
 */
@ExtendWith(ArquillianExtension.class)
class TransactionalCommitTest {
    @Deployment
    static JavaArchive deployment() {
        return Scenario.of(TransactionalCommitTest.class, Bank.class);
    }

    @ApplicationScoped
    static class Bank {
        @Inject
        Repository<Account> accounts;

        @Inject
        Repository<Entry> entries;

        @Inject
        Postgres postgres;

        /** Opens an account with its first journal line, and returns what another connection saw before the commit. */
        @Transactional
        List<String> open(String id, String owner, long deposit) throws SQLException {
            accounts.insert(new Account(id, owner, deposit));
            entries.insert(Entry.of(id, deposit));
            return postgres.column("select (select count(*) from accounts) || ' ' || (select count(*) from entries)");
        }
    }

    @Inject
    Bank bank;

    @Inject
    Postgres postgres;

    @Test
    void bothRepositoriesWritesCommitTogetherWhenTheMethodReturns() throws SQLException {
        List<String> seenBeforeCommit = bank.open("ada", "Ada Lovelace", 100);

        assertEquals(List.of("0 0"), seenBeforeCommit, "neither write was committed on its own");
        assertEquals(
                List.of("ada Ada Lovelace 100"),
                postgres.column("select id || ' ' || owner || ' ' || balance from accounts"));
        assertEquals(List.of("ada 100"), postgres.column("select account || ' ' || amount from entries"));
    }
}
