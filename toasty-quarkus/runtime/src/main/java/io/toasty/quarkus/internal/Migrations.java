package io.toasty.quarkus.internal;

import io.toasty.ToastyException;
import io.toasty.migrate.MigrationInfo;
import io.toasty.migrate.Migrator;
import java.lang.System.Logger.Level;
import java.util.List;
import javax.sql.DataSource;

/**
 * {@code quarkus.toasty.schema-management=migrate}: applies the pending migrations of a datasource before its Toasty
 * bean is handed out. Refers to toasty-migrate's classes only when that setting is used, so that the dependency stays
 * optional.
 */
final class Migrations {
    private static final System.Logger LOG = System.getLogger("io.toasty.quarkus");

    private Migrations() {}

    static void up(DataSource dataSource, String key, String description, String location) {
        if (!available()) {
            throw new ToastyException(key + "=migrate for " + description
                    + " needs toasty-migrate: add the dependency io.toasty:toasty-migrate to the application");
        }
        try {
            List<MigrationInfo> applied = Migrator.builder(dataSource)
                    .location(location)
                    .classLoader(Thread.currentThread().getContextClassLoader())
                    .build()
                    .up();
            LOG.log(Level.INFO, "Applied {0} migration(s) of {1} to {2}", applied.size(), location, description);
        } catch (ToastyException e) {
            throw new ToastyException(
                    key + "=migrate failed for " + description + " (migrations of " + location + "): " + e.getMessage(),
                    e);
        }
    }

    private static boolean available() {
        try {
            Class.forName("io.toasty.migrate.Migrator", false, Migrations.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
