package io.toasty.benchmarks;

import com.arjuna.ats.internal.jta.transaction.arjunacore.TransactionSynchronizationRegistryImple;
import io.agroal.api.AgroalDataSource;
import io.agroal.narayana.NarayanaTransactionIntegration;
import io.toasty.benchmarks.cdi.JdbcUserService;
import io.toasty.benchmarks.cdi.UserService;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;

/** The systems under test, by the name JMH's {@code system} parameter gives them. */
final class Systems {
    static final String JDBC = "jdbc";
    static final String TOASTY = "toasty";
    static final String HIBERNATE = "hibernate";
    /** Toasty with each operation in {@code toasty.transaction(...)}: the core path the CDI + JTA one compares with. */
    static final String TOASTY_TX = "toasty-tx";
    /** Toasty through CDI and JTA: a {@code @Transactional} bean on Weld, Narayana and Agroal. */
    static final String TOASTY_CDI_JTA = "toasty-cdi-jta";
    /**
     * Hand-written JDBC in a JTA transaction ({@code UserTransaction}) on the same enlisting pool: what the JTA stack
     * costs without Toasty.
     */
    static final String JDBC_JTA = "jdbc-jta";
    /**
     * Hand-written JDBC in a {@code @Transactional} bean of the same Weld container as {@link #TOASTY_CDI_JTA}: the
     * same interceptors and transactions, without Toasty, so that the ratio of the two is Toasty's own share.
     */
    static final String JDBC_CDI_JTA = "jdbc-cdi-jta";
    /** The systems every operation runs on. */
    static final List<String> CORE = List.of(JDBC, TOASTY, HIBERNATE);
    /** The systems that run only {@link IntegrationContender#OPERATIONS}, to show what the integration costs. */
    static final List<String> INTEGRATION = List.of(TOASTY_TX, TOASTY_CDI_JTA, JDBC_JTA, JDBC_CDI_JTA);

    static final List<String> ALL = List.of(JDBC, TOASTY, HIBERNATE, TOASTY_TX, TOASTY_CDI_JTA, JDBC_JTA, JDBC_CDI_JTA);

    private Systems() {}

    /** Whether {@code system} runs {@code operation}. */
    static boolean runs(String system, Operation operation) {
        return !INTEGRATION.contains(system) || IntegrationContender.OPERATIONS.contains(operation);
    }

    /** A pool for {@code system}: for the JTA systems, one that enlists its connections in JTA transactions. */
    static AgroalDataSource pool(String system, Database database) {
        if (!system.equals(TOASTY_CDI_JTA) && !system.equals(JDBC_JTA) && !system.equals(JDBC_CDI_JTA)) {
            return database.pool();
        }
        return database.pool(new NarayanaTransactionIntegration(
                com.arjuna.ats.jta.TransactionManager.transactionManager(),
                new TransactionSynchronizationRegistryImple()));
    }

    static Contender open(String system, DataSource dataSource) {
        return switch (system) {
            case JDBC -> new JdbcContender(dataSource);
            case TOASTY -> new ToastyContender(dataSource, false);
            case HIBERNATE -> new HibernateContender(dataSource);
            case TOASTY_TX -> new ToastyContender(dataSource, true);
            case TOASTY_CDI_JTA -> new CdiJtaContender(dataSource, UserService.class);
            case JDBC_CDI_JTA -> new CdiJtaContender(dataSource, JdbcUserService.class);
            case JDBC_JTA -> new JdbcJtaContender(dataSource);
            default -> throw new IllegalArgumentException("No system " + system + ": choose among " + ALL);
        };
    }

    /**
     * The system properties Narayana needs in every JVM that runs the CDI + JTA system: its object store (which a
     * one-phase commit never writes to, but which Narayana would otherwise create in the working directory) under
     * {@code target/benchmarks}, and a node identifier, which it warns about when left at its default.
     */
    static List<String> narayanaProperties() {
        String store =
                Path.of("target", "benchmarks", "narayana").toAbsolutePath().toString();
        return List.of(
                "ObjectStoreEnvironmentBean.objectStoreDir=" + store,
                "com.arjuna.ats.arjuna.objectstore.objectStoreDir=" + store,
                "ObjectStoreEnvironmentBean.communicationStore.objectStoreDir=" + store,
                "ObjectStoreEnvironmentBean.stateStore.objectStoreDir=" + store,
                "CoreEnvironmentBean.nodeIdentifier=toasty-benchmarks");
    }
}
