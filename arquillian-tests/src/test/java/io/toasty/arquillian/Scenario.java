package io.toasty.arquillian;

import io.toasty.arquillian.model.Account;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/**
 * The deployment of one scenario: its own beans, the application's datasource ({@link Postgres}), an empty
 * {@code beans.xml}, and a MicroProfile Config file that names the application's models and asks Toasty to create
 * their tables at startup. The portable extensions (Toasty's, Narayana's, Hibernate Validator's) come from the class
 * path, as a server's modules would.
 */
final class Scenario {
    /** The configuration key that names the scenario, and so its schema. */
    static final String NAME = "arquillian-tests.scenario";

    /** The models of every scenario. */
    private static final String MODELS = Account.class.getPackageName() + ".*";

    private Scenario() {}

    /** The archive of {@code test}'s scenario, with {@code beans}. */
    static JavaArchive of(Class<?> test, Class<?>... beans) {
        return ShrinkWrap.create(JavaArchive.class, test.getSimpleName() + ".jar")
                .addClass(Postgres.class)
                .addClasses(beans)
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsManifestResource(
                        new StringAsset(String.join(
                                "\n",
                                "toasty.schema-management=create",
                                // toasty-core's test-jar, which brings SharedPostgres, lists its own test models in its
                                // model index too: the application's models are these
                                "toasty.models=" + MODELS,
                                NAME + "=" + test.getSimpleName())),
                        "microprofile-config.properties");
    }
}
