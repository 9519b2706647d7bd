package io.toasty.migrate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.toasty.migrate.MigrationException;
import io.toasty.migrate.MigrationInfo;
import io.toasty.migrate.Migrator;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;

/** {@code classpath:} locations, as an application packages its migrations: in a folder, and inside a jar. */
@DatabaseTest
class ClassPathLocationTest {
    private final Fixture fixture;

    ClassPathLocationTest(TestDatabase db) throws IOException {
        this.fixture = new Fixture(db);
    }

    @Test
    void migrationsAreFoundInAClassPathFolder() throws Exception {
        List<MigrationInfo> applied = Migrator.builder(fixture.db.dataSource())
                .location("classpath:db/packaged")
                .build()
                .up();
        assertEquals(
                List.of("V1__packaged.sql"),
                applied.stream().map(MigrationInfo::script).toList());
    }

    @Test
    void migrationsMayBeNamedOneByOne() throws Exception {
        Migrator migrator = Migrator.builder(fixture.db.dataSource())
                .resources("db/packaged/V1__packaged.sql", "db/packaged/U1__packaged.sql")
                .build();
        assertEquals(1, migrator.up().size());
        assertEquals(1, migrator.rollback(1).size(), "the down script was found too");
        MigrationException missing =
                assertThrows(MigrationException.class, () -> Migrator.builder(fixture.db.dataSource())
                        .resources("db/packaged/V2__missing.sql")
                        .build());
        assertEquals("Migration resource db/packaged/V2__missing.sql is not on the class path", missing.getMessage());
    }

    @Test
    void migrationsAreFoundInsideAJar() throws Exception {
        Path jar = fixture.directory.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // folders are entries of their own, as in the jars Maven and Gradle build
            for (String folder : List.of("db/", "db/jarred/", "db/jarred/nested/")) {
                out.putNextEntry(new JarEntry(folder));
                out.closeEntry();
            }
            for (String[] file : List.of(
                    new String[] {"db/jarred/V1__first.sql", "CREATE TABLE \"first\" (\"id\" integer);\n"},
                    new String[] {"db/jarred/V2__second.sql", "CREATE TABLE \"second\" (\"id\" integer);\n"},
                    new String[] {"db/jarred/nested/V3__ignored.sql", "CREATE TABLE \"third\" (\"id\" integer);\n"})) {
                out.putNextEntry(new JarEntry(file[0]));
                out.write(file[1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            List<MigrationInfo> applied = Migrator.builder(fixture.db.dataSource())
                    .location("classpath:db/jarred")
                    .classLoader(loader)
                    .build()
                    .up();
            assertEquals(
                    List.of("V1__first.sql", "V2__second.sql"),
                    applied.stream().map(MigrationInfo::script).toList());
        }
        assertEquals(List.of("1:ok", "2:ok"), fixture.history());
    }
}
