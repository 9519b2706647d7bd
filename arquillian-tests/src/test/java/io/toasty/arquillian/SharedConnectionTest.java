package io.toasty.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.toasty.Repository;
import io.toasty.arquillian.model.Account;
import io.toasty.arquillian.model.Entry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two repositories written in one JTA transaction use one connection: the pool has one connection out, the server
 * one backend of this pool with a transaction id (one that wrote), and that backend is the one the pool enlisted.
 */
@ExtendWith(ArquillianExtension.class)
class SharedConnectionTest {
    @Deployment
    static JavaArchive deployment() {
        return Scenario.of(SharedConnectionTest.class, Bank.class);
    }

    /** What the transaction saw from inside. */
    record Inside(long activeConnections, List<Integer> writingBackends, int enlistedBackend) {}

    @ApplicationScoped
    static class Bank {
        @Inject
        Repository<Account> accounts;

        @Inject
        Repository<Entry> entries;

        @Inject
        DataSource dataSource;

        @Inject
        Postgres postgres;

        @Transactional
        Inside open(String id, long deposit) throws SQLException {
            accounts.insert(new Account(id, "Ada", deposit));
            entries.insert(Entry.of(id, deposit));
            accounts.find(id);
            entries.count();
            long active = postgres.activeConnections();
            List<Integer> writing = postgres.backends("backend_xid is not null");
            // inside the transaction, the pool hands out the connection it enlisted
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select pg_backend_pid()")) {
                rows.next();
                return new Inside(active, writing, rows.getInt(1));
            }
        }
    }

    @Inject
    Bank bank;

    @Inject
    Postgres postgres;

    @Test
    void bothRepositoriesRunOnTheConnectionThePoolEnlisted() throws SQLException {
        Inside inside = bank.open("ada", 100);

        assertEquals(1, inside.activeConnections());
        assertEquals(List.of(inside.enlistedBackend()), inside.writingBackends());
        assertEquals(0, postgres.activeConnections());
        assertEquals(List.of("ada"), postgres.column("select account from entries"));
    }
}
