package io.toasty.benchmarks;

import io.toasty.benchmarks.cdi.JdbcUserService;
import io.toasty.benchmarks.model.User;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Hand-written JDBC in a JTA transaction, without Toasty: Narayana's {@code UserTransaction} begins and commits, and
 * the same Agroal pool as {@link CdiJtaContender}'s enlists its connection. What the JTA stack (Narayana and
 * Agroal's enlisting) costs on its own, so that the CDI + JTA system's cost splits into the stack's and Toasty's. Only
 * {@code insert_one} and {@code find_by_id} are measured this way.
 */
final class JdbcJtaContender extends IntegrationContender {
    private final DataSource dataSource;
    private final UserTransaction transaction = com.arjuna.ats.jta.UserTransaction.userTransaction();

    /** @param dataSource a pool that enlists its connections in Narayana's transactions */
    JdbcJtaContender(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Work on the enlisted connection. */
    private interface Work<R> {
        R run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} in a JTA transaction: committed when it returns, rolled back when it throws. */
    private <R> R inTransaction(Work<R> work) {
        try {
            transaction.begin();
            R result;
            try (Connection connection = dataSource.getConnection()) {
                result = work.run(connection);
            } catch (SQLException | RuntimeException e) {
                rollback(e);
                throw e;
            }
            transaction.commit();
            return result;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void rollback(Exception cause) {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public long insertOne(int n) {
        User user = new User(Contender.email(n), Contender.name(n), Contender.age(n));
        return inTransaction(connection -> JdbcUserService.insert(connection, user));
    }

    @Override
    public Object findById(long id) {
        return inTransaction(connection -> JdbcUserService.find(connection, id));
    }

    @Override
    public void close() {}
}
