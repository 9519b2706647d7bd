package io.toasty.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs every test of the annotated class once per database, as {@code [h2]} and {@code [postgresql]}, each time
 * against a database of its own that no other test class sees. Tests take a {@link TestDatabase} as a constructor or
 * method parameter; each test method starts with an empty database.
 *
 * <p>The system property {@code toasty.test.databases} (for example {@code -Dtoasty.test.databases=h2}) narrows every
 * class to the databases it names, for a quick local run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ClassTemplate
@ExtendWith(Databases.class)
public @interface DatabaseTest {
    /** The databases to run on, by {@link TestDatabase#name()}: {@value TestDatabase#H2} and {@value TestDatabase#POSTGRESQL}. */
    String[] value() default {TestDatabase.H2, TestDatabase.POSTGRESQL};
}
