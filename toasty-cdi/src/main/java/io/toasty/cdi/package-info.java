/**
 * Toasty under CDI: a portable extension, found through {@code META-INF/services}, that makes {@code @Inject
 * Repository<User>} and {@code @Inject Toasty} work in any bean, on the application's {@code DataSource} bean, with no
 * {@code beans.xml}. {@link io.toasty.cdi.Database} names the databases of an application that has several.
 *
 * <p>Configuration, read through MicroProfile Config when it is on the class path (without it, the defaults apply):
 *
 * <ul>
 *   <li>{@code toasty.models}: the models of the default database, as a comma-separated list of class names and
 *       patterns ({@code com.acme.*} matches every class in {@code com.acme} and its subpackages,
 *       {@code com.acme.Shop.*} the classes nested in {@code Shop}). Unset, the default database holds every model
 *       that no other database claims; set, a model it does not match and no other database claims has no repository.
 *   <li>{@code toasty.database.<name>.models}: the models of the database named {@code <name>}, in the same syntax. A
 *       model matched by several settings goes where it is matched most closely: by its class name, else by the longest
 *       pattern. A model's own {@code @Database} annotation wins over every setting.
 *   <li>{@code toasty.schema-management}: what to do with the tables of every database at startup: {@code none} (the
 *       default), {@code create} (what does not exist yet), {@code drop-and-create}, {@code validate} (fail the
 *       deployment when the tables do not match the models), or {@code migrate} (apply the pending migrations, with
 *       {@code toasty-migrate} on the class path; a failed migration fails the deployment).
 *   <li>{@code toasty.database.<name>.schema-management}: the same, for one database, overriding the one above.
 *   <li>{@code toasty.migration-location} and {@code toasty.database.<name>.migration-location}: where
 *       {@code migrate} finds the migrations of every database or of one ({@code classpath:db/migration} by default;
 *       a directory works too).
 *   <li>{@code toasty.validation.insert-groups} and {@code toasty.validation.update-groups}: the Bean Validation groups
 *       checked before inserts and before updates when {@code toasty-validation} is present, as comma-separated binary
 *       class names (default: {@code jakarta.validation.groups.Default}).
 * </ul>
 *
 * <p>Every {@code Toasty} the extension adds is built when the deployment ends ({@code AfterDeploymentValidation}), so
 * that an unmappable model, two models on one table, a missing {@code DataSource} or tables that fail validation fail
 * the deployment, not the first request: the {@code DataSource} must be able to connect then.
 */
package io.toasty.cdi;
