package io.toasty.benchmarks;

import java.util.List;
import javax.sql.DataSource;

/** The systems under test, by the name JMH's {@code system} parameter gives them. */
final class Systems {
    static final String JDBC = "jdbc";
    static final String TOASTY = "toasty";
    static final String HIBERNATE = "hibernate";
    static final List<String> ALL = List.of(JDBC, TOASTY, HIBERNATE);

    private Systems() {}

    static Contender open(String system, DataSource dataSource) {
        return switch (system) {
            case JDBC -> new JdbcContender(dataSource);
            case TOASTY -> new ToastyContender(dataSource);
            case HIBERNATE -> new HibernateContender(dataSource);
            default -> throw new IllegalArgumentException("No system " + system + ": choose among " + ALL);
        };
    }
}
