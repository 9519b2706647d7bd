package io.toasty.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.toasty.Isolation;
import io.toasty.Repository;
import io.toasty.TransactionException;
import io.toasty.arquillian.model.Account;
import io.toasty.jta.TransactionIsolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code @TransactionIsolation} next to {@code @Transactional}: PostgreSQL reports the level on the connection the
 * transaction enlisted, a repeatable read sees one snapshot, and a level asked for once Toasty statements ran, or
 * another level than the transaction's, is refused.
 */
@ExtendWith(ArquillianExtension.class)
class IsolationTest {
    @Deployment
    static JavaArchive deployment() {
        return Scenario.of(IsolationTest.class, Reports.class, Audits.class);
    }

    /** What a transaction saw: its level, and the number of accounts read twice, with a commit of another between. */
    record Seen(String level, long before, long after) {}

    @ApplicationScoped
    static class Reports {
        @Inject
        Repository<Account> accounts;

        @Inject
        DataSource dataSource;

        @Inject
        Postgres postgres;

        @Inject
        Audits audits;

        @Transactional
        @TransactionIsolation(Isolation.SERIALIZABLE)
        Seen serializable() throws SQLException {
            return countTwice();
        }

        @Transactional
        @TransactionIsolation(Isolation.REPEATABLE_READ)
        Seen repeatableRead() throws SQLException {
            return countTwice();
        }

        @Transactional
        Seen byDefault() throws SQLException {
            return countTwice();
        }

        /** Reads, then asks a method of another bean, which joins the transaction, for SERIALIZABLE. */
        @Transactional
        Seen readThenAskForSerializable() throws SQLException {
            accounts.count();
            return audits.serializable();
        }

        /** Runs at SERIALIZABLE, then asks a method of another bean, which joins the transaction, for REPEATABLE_READ. */
        @Transactional
        @TransactionIsolation(Isolation.SERIALIZABLE)
        Seen serializableThenAskForRepeatableRead() throws SQLException {
            return audits.repeatableRead();
        }

        /** Reads, then calls a method that begins a transaction of its own at SERIALIZABLE. */
        @Transactional
        Seen readThenRequireANewSerializable() throws SQLException {
            accounts.count();
            return audits.serializableOfItsOwn();
        }

        /** Counts, lets another connection commit an account, counts again, and reads the level. */
        Seen countTwice() throws SQLException {
            long before = accounts.count();
            postgres.execute("insert into accounts (id, owner, balance) values ('" + UUID.randomUUID() + "', 'x', 0)");
            long after = accounts.count();
            return new Seen(level(dataSource), before, after);
        }
    }

    @ApplicationScoped
    static class Audits {
        @Inject
        Repository<Account> accounts;

        @Inject
        DataSource dataSource;

        @Transactional
        @TransactionIsolation(Isolation.SERIALIZABLE)
        Seen serializable() throws SQLException {
            long count = accounts.count();
            return new Seen(level(dataSource), count, count);
        }

        @Transactional
        @TransactionIsolation(Isolation.REPEATABLE_READ)
        Seen repeatableRead() throws SQLException {
            long count = accounts.count();
            return new Seen(level(dataSource), count, count);
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        @TransactionIsolation(Isolation.SERIALIZABLE)
        Seen serializableOfItsOwn() throws SQLException {
            long count = accounts.count();
            return new Seen(level(dataSource), count, count);
        }
    }

    /** The level PostgreSQL reports for the transaction, on the connection the pool enlisted in it. */
    static String level(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("show transaction_isolation")) {
            rows.next();
            return rows.getString(1);
        }
    }

    @Inject
    Reports reports;

    @Inject
    Postgres postgres;

    @Test
    void serializableIsInEffect() throws SQLException {
        Seen seen = reports.serializable();
        assertEquals("serializable", seen.level());
        assertEquals(seen.before(), seen.after(), "one snapshot for the whole transaction");
    }

    @Test
    void repeatableReadIsInEffect() throws SQLException {
        Seen seen = reports.repeatableRead();
        assertEquals("repeatable read", seen.level());
        assertEquals(seen.before(), seen.after(), "one snapshot for the whole transaction");
    }

    @Test
    void withoutTheBindingTheConnectionsDefaultReadCommittedSeesOtherCommits() throws SQLException {
        Seen seen = reports.byDefault();
        assertEquals("read committed", seen.level());
        assertEquals(seen.before() + 1, seen.after());
    }

    @Test
    void aLevelAskedForAfterToastyStatementsRanIsRefused() throws SQLException {
        TransactionException refused = assertThrows(TransactionException.class, reports::readThenAskForSerializable);
        assertEquals(
                "@TransactionIsolation(SERIALIZABLE) on Audits.serializable() asks for isolation SERIALIZABLE, but"
                        + " Toasty statements already ran in this JTA transaction at the connection's default level,"
                        + " which cannot change once the transaction has begun. Ask for the level on the method that"
                        + " begins the transaction, before any Toasty call, or run this method in a transaction of its"
                        + " own (@Transactional(REQUIRES_NEW))",
                refused.getMessage());
    }

    @Test
    void anotherLevelThanTheTransactionsIsRefused() {
        TransactionException refused =
                assertThrows(TransactionException.class, reports::serializableThenAskForRepeatableRead);
        assertEquals(
                "@TransactionIsolation(REPEATABLE_READ) on Audits.repeatableRead() asks for isolation REPEATABLE_READ,"
                        + " but this JTA transaction already runs at SERIALIZABLE (asked for by"
                        + " @TransactionIsolation(SERIALIZABLE) on Reports.serializableThenAskForRepeatableRead()), and"
                        + " a transaction has one level from its first statement to its end. Ask for the level on the"
                        + " method that begins the transaction, or run this method in a transaction of its own"
                        + " (@Transactional(REQUIRES_NEW))",
                refused.getMessage());
    }

    @Test
    void aTransactionOfItsOwnMayHaveItsOwnLevel() throws SQLException {
        assertEquals("serializable", reports.readThenRequireANewSerializable().level());
        assertEquals(List.of(), postgres.backends("state = 'idle in transaction'"));
    }
}
