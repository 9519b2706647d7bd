package io.toasty.cdi.internal;

import io.toasty.ToastyException;
import io.toasty.migrate.MigrationInfo;
import io.toasty.migrate.Migrator;
import java.lang.System.Logger.Level;
import java.util.List;
import javax.sql.DataSource;

/**
 * {@code toasty.schema-management=migrate}: the pending migrations of the database's location, applied when the
 * deployment starts. Touches toasty-migrate's classes only when that setting is used, so that the module stays
 * optional.
 */
final class Migrations {
    static final String DEFAULT_LOCATION = "classpath:db/migration";
    private static final System.Logger LOG = System.getLogger("io.toasty.cdi");

    private Migrations() {}

    static boolean available() {
        try {
            Class.forName("io.toasty.migrate.Migrator", false, Migrations.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    static void up(DataSource dataSource, DatabasePlan plan) {
        try {
            List<MigrationInfo> applied = Migrator.builder(dataSource)
                    .location(plan.migrationLocation())
                    .build()
                    .up();
            LOG.log(
                    Level.INFO,
                    "Applied {0} migration(s) of {1} to {2}",
                    applied.size(),
                    plan.migrationLocation(),
                    plan.id());
        } catch (ToastyException e) {
            throw new ToastyException(
                    plan.schemaKey() + "=migrate failed for " + plan.id() + " (migrations of "
                            + plan.migrationLocation() + "): " + e.getMessage(),
                    e);
        }
    }
}
