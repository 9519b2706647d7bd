package io.toasty.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.toasty.DuplicateKeyException;
import io.toasty.Repository;
import io.toasty.arquillian.model.Account;
import io.toasty.arquillian.model.Entry;
import io.toasty.jta.SavepointScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A {@code @SavepointScope} method fails inside a {@code @Transactional} one: its own writes are rolled back, the
 * caller catches the exception, and the caller's writes before and after the call commit. On PostgreSQL this needs the
 * savepoint: a failed statement otherwise aborts the whole transaction.
 */
@ExtendWith(ArquillianExtension.class)
class SavepointScopeTest {
    @Deployment
    static JavaArchive deployment() {
        return Scenario.of(SavepointScopeTest.class, Importer.class, Batch.class);
    }

    @ApplicationScoped
    static class Importer {
        @Inject
        Repository<Account> accounts;

        @Inject
        Repository<Entry> entries;

        /** Writes the journal line first, then the account, whose key may already exist. */
        @SavepointScope
        void importOne(String id) {
            entries.insert(Entry.of(id, 0));
            accounts.insert(new Account(id, "imported " + id, 0));
        }

        @SavepointScope
        void importThenGiveUp(String id) {
            entries.insert(Entry.of(id, 0));
            accounts.insert(new Account(id, "imported " + id, 0));
            throw new IllegalArgumentException("not today: " + id);
        }
    }

    @ApplicationScoped
    static class Batch {
        @Inject
        Importer importer;

        @Inject
        Repository<Account> accounts;

        /** Imports each, skipping the duplicates, between two writes of its own; returns the skipped. */
        @Transactional
        List<String> importAll(List<String> ids) {
            accounts.insert(new Account("before", "written before", 1));
            List<String> skipped = new ArrayList<>();
            for (String id : ids) {
                try {
                    importer.importOne(id);
                } catch (DuplicateKeyException e) {
                    skipped.add(id + " " + e.fields());
                }
            }
            accounts.insert(new Account("after", "written after", 2));
            return skipped;
        }

        @Transactional
        String importGivingUp(String id) {
            accounts.insert(new Account("before", "written before", 1));
            String reason;
            try {
                importer.importThenGiveUp(id);
                reason = "no exception";
            } catch (IllegalArgumentException e) {
                reason = e.getMessage();
            }
            accounts.insert(new Account("after", "written after", 2));
            return reason;
        }
    }

    @Inject
    Batch batch;

    @Inject
    Repository<Account> accounts;

    @Inject
    Postgres postgres;

    @Test
    void aDuplicateKeyRollsBackTheScopesWritesAndTheCallerCommitsItsOwn() throws SQLException {
        postgres.execute("delete from entries; delete from accounts");
        accounts.insert(new Account("ada", "Ada", 100));

        List<String> skipped = batch.importAll(List.of("bob", "ada", "cy"));

        assertEquals(List.of("ada [id]"), skipped);
        assertEquals(
                List.of(
                        "ada Ada",
                        "after written after",
                        "before written before",
                        "bob imported bob",
                        "cy imported cy"),
                postgres.column("select id || ' ' || owner from accounts order by id"));
        assertEquals(
                List.of("bob", "cy"),
                postgres.column("select account from entries order by account"),
                "the journal line of ada, written in the scope before its duplicate, was rolled back");
    }

    @Test
    void anExceptionOfTheMethodRollsBackItsWritesToo() throws SQLException {
        postgres.execute("delete from entries; delete from accounts");

        assertEquals("not today: dan", batch.importGivingUp("dan"));

        assertEquals(List.of("after", "before"), postgres.column("select id from accounts order by id"));
        assertEquals(List.of(), postgres.column("select account from entries"));
    }
}
