package io.toasty.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.toasty.Repository;
import io.toasty.arquillian.model.Account;
import io.toasty.arquillian.model.Account_;
import io.toasty.arquillian.model.Entry;
import io.toasty.arquillian.model.Entry_;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A bean injects the repositories of two models, with no interface to write, and writes through them outside any
 * transaction (each call in autocommit); the rows are in the database and read back through the repositories.
 */
@ExtendWith(ArquillianExtension.class)
class InjectRepositoriesTest {
    @Deployment
    static JavaArchive deployment() {
        return Scenario.of(InjectRepositoriesTest.class, Bank.class);
    }

    @ApplicationScoped
    static class Bank {
        @Inject
        Repository<Account> accounts;

        @Inject
        Repository<Entry> entries;

        Account open(String id, String owner, long deposit) {
            Account account = accounts.insert(new Account(id, owner, deposit));
            entries.insert(Entry.of(id, deposit));
            return account;
        }
    }

    @Inject
    Bank bank;

    @Inject
    Repository<Account> accounts;

    @Inject
    Repository<Entry> entries;

    @Inject
    Postgres postgres;

    @Test
    void aBeanWritesThroughInjectedRepositoriesAndReadsBack() throws SQLException {
        bank.open("ada", "Ada Lovelace", 100);
        bank.open("alan", "Alan Turing", 50);

        assertEquals(
                List.of("ada Ada Lovelace 100", "alan Alan Turing 50"),
                postgres.column("select id || ' ' || owner || ' ' || balance from accounts order by id"));
        assertEquals(Optional.of(new Account("ada", "Ada Lovelace", 100)), accounts.find("ada"));
        assertEquals(
                List.of("Alan Turing"),
                accounts.where(Account_.balance.lt(100L)).list().stream()
                        .map(Account::owner)
                        .toList());
        List<Entry> lines = entries.query().orderBy(Entry_.id.asc()).list();
        assertEquals(List.of("ada", "alan"), lines.stream().map(Entry::account).toList());
        assertEquals(lines.get(0).id() + 1, lines.get(1).id(), "the database generated the keys");
    }
}
