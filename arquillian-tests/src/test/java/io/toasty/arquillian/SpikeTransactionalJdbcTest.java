package io.toasty.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class SpikeTransactionalJdbcTest {

    @Deployment
    static JavaArchive deployment() {
        return ShrinkWrap.create(JavaArchive.class)
                .addClasses(Pool.class, Writer.class, Postgres.class)
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    @ApplicationScoped
    static class Pool {
        @Inject
        TransactionManager transactions;

        @Inject
        TransactionSynchronizationRegistry registry;

        private Postgres postgres;

        @Produces
        @ApplicationScoped
        DataSource dataSource() throws SQLException {
            postgres = new Postgres("spike", transactions, registry);
            return postgres.pool();
        }

        @PreDestroy
        void close() throws SQLException {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    @ApplicationScoped
    static class Writer {
        @Inject
        DataSource dataSource;

        @Transactional
        void write(String sql, boolean fail) throws SQLException {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
            if (fail) {
                throw new IllegalStateException("boom");
            }
        }

        long count(String table) throws SQLException {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Inject
    Writer writer;

    @Test
    void transactionalCommitsAndRollsBack() throws SQLException {
        writer.write("create table spike (id int)", false);
        writer.write("insert into spike values (1)", false);
        assertThrows(IllegalStateException.class, () -> writer.write("insert into spike values (2)", true));
        assertEquals(1, writer.count("spike"));
    }
}
