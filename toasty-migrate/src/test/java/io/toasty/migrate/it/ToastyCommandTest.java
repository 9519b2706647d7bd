package io.toasty.migrate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.migrate.cli.ToastyCommand;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The toasty command: every command end to end, its exit codes, its help, and where it finds its connection. */
@DatabaseTest
class ToastyCommandTest {
    private final Fixture fixture;
    private String out;
    private String err;

    ToastyCommandTest(TestDatabase db) throws IOException {
        this.fixture = new Fixture(db);
    }

    private int toasty(Map<String, String> environment, String... args) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int code = ToastyCommand.run(
                args,
                new PrintStream(output, true, StandardCharsets.UTF_8),
                new PrintStream(errors, true, StandardCharsets.UTF_8),
                environment);
        out = output.toString(StandardCharsets.UTF_8);
        err = errors.toString(StandardCharsets.UTF_8);
        return code;
    }

    /** The command with the test database's connection and the migrations directory. */
    private int toasty(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--url", fixture.db.jdbcUrl(), "--user", fixture.db.user()));
        fixture.db.password().ifPresent(password -> all.addAll(List.of("--password", password)));
        all.addAll(List.of("--location", fixture.directory.toString()));
        return toasty(Map.of(), all.toArray(String[]::new));
    }

    @Test
    void everyCommandHasHelp() {
        assertEquals(0, toasty(Map.of(), "--help"));
        assertTrue(out.startsWith("Usage: toasty <command> [options]"), out);
        for (String command : List.of(
                "migrate generate",
                "migrate up",
                "migrate down",
                "migrate status",
                "migrate dry-run",
                "migrate repair",
                "schema show",
                "schema diff")) {
            String[] words = (command + " --help").split(" ");
            assertEquals(0, toasty(Map.of(), words), command);
            assertTrue(out.startsWith("Usage: toasty " + command), out);
            assertTrue(out.contains("--url URL"), out);
        }
    }

    @Test
    void wrongUsageExitsWithTwo() {
        assertEquals(2, toasty(Map.of()));
        assertTrue(err.startsWith("Usage: toasty"), err);
        assertEquals(2, toasty(Map.of(), "migrate", "sideways"));
        assertEquals(
                "toasty: Unknown command 'migrate sideways'\n"
                        + "Run 'toasty --help' for the commands, 'toasty <command> --help' for their options.\n",
                err);
        assertEquals(2, toasty(Map.of(), "migrate", "up", "--colour", "blue"));
        assertTrue(err.startsWith("toasty: Unknown option --colour"), err);
        assertEquals(2, toasty(Map.of(), "migrate", "up"));
        assertTrue(err.startsWith("toasty: No database: give --url, TOASTY_DB_URL or toasty.url"), err);
        assertEquals(2, toasty("migrate", "down", "two"));
    }

    @Test
    void generateApplyDiffAndRollBackFromTheCommandLine() throws Exception {
        String v1 = AccountV1.class.getName();
        String v2 = AccountV2.class.getName() + "," + Note.class.getName();
        assertEquals(0, toasty("migrate", "generate", "create accounts", "--models", v1), err);
        assertTrue(out.startsWith("Wrote " + fixture.directory.resolve("V1__create_accounts.sql")), out);

        assertEquals(0, toasty("migrate", "dry-run", "--models", v1), err);
        assertTrue(out.startsWith("-- V1__create_accounts.sql\nCREATE TABLE IF NOT EXISTS \"accounts\""), out);

        assertEquals(0, toasty("migrate", "up"), err);
        assertEquals("Applied 1 migration(s); the database is at version 1.\n", out);
        assertTrue(err.contains("Applying V1__create_accounts.sql"), err);
        assertTrue(err.matches("(?s).*Applying V1__create_accounts.sql\n  done in \\d+ ms\n.*"), err);
        assertEquals(List.of("1:ok"), fixture.history());

        assertEquals(0, toasty("schema", "diff", "--models", v1), err);
        assertEquals("The database matches the models.\n", out);
        assertEquals(4, toasty("schema", "diff", "--models", v2), err);
        assertTrue(out.contains("ADD COLUMN \"score\" integer DEFAULT 0 NOT NULL;"), out);

        assertEquals(0, toasty("migrate", "generate", "v2", "--models", v2), err);
        assertEquals(0, toasty("migrate", "status"), err);
        assertTrue(
                out.matches(
                        "(?s)VERSION.*\n1 +APPLIED .*V1__create_accounts.sql\n2 +PENDING .*V2__v2.sql\n1 pending.\n"),
                out);
        assertEquals(0, toasty("migrate", "up"), err);

        assertEquals(3, toasty("migrate", "down"), err);
        assertTrue(err.startsWith("toasty: refused: The rollback would lose data"), err);
        assertEquals(0, toasty("migrate", "down", "1", "--allow-destructive"), err);
        assertEquals("Rolled back 1 migration(s).\n", out);
        assertEquals(List.of("1:ok"), fixture.history());
        assertTrue(fixture.matches(AccountV1.class));

        Files.writeString(fixture.directory.resolve("V1__create_accounts.sql"), "-- edited\n", StandardCharsets.UTF_8);
        assertEquals(3, toasty("migrate", "up"), err);
        assertTrue(err.startsWith("toasty: refused: Migration V1__create_accounts.sql was changed"), err);

        assertEquals(0, toasty("schema", "show", "--models", v1), err);
        assertTrue(out.startsWith("CREATE TABLE IF NOT EXISTS \"accounts\" (\n"), out);
    }

    @Test
    void aRenameIsHintedWithAFlag() {
        String v2 = AccountV2.class.getName();
        assertEquals(0, toasty("migrate", "generate", "accounts", "--models", v2), err);
        assertEquals(
                0,
                toasty(
                        "migrate",
                        "generate",
                        "display name",
                        "--models",
                        AccountV3.class.getName(),
                        "--rename",
                        "accounts.name=display_name"),
                err);
        assertTrue(out.contains("\n  rename column accounts.name to display_name\n"), out);
        assertTrue(
                out.contains("It is destructive (applying it needs --allow-destructive):\n"
                        + "  drops column accounts.country with its data\n"),
                out);
        assertEquals(2, toasty("migrate", "generate", "again", "--models", v2, "--rename", "accounts.name"));
        assertTrue(err.startsWith("toasty: --rename takes TABLE.OLD=NEW"), err);
        assertEquals(2, toasty("migrate", "generate", "again", "--models", v2, "--version", "1.x"));
        assertTrue(err.startsWith("toasty: --version: Version '1.x' is not numbers separated by dots"), err);
    }

    @Test
    void theConnectionComesFromTheEnvironmentOrAPropertiesFile() throws Exception {
        fixture.write("V1__items.sql", "CREATE TABLE \"items\" (\"id\" integer);\n");
        Map<String, String> environment = new java.util.HashMap<>(
                Map.of("TOASTY_DB_URL", fixture.db.jdbcUrl(), "TOASTY_DB_USER", fixture.db.user()));
        fixture.db.password().ifPresent(password -> environment.put("TOASTY_DB_PASSWORD", password));
        assertEquals(0, toasty(environment, "migrate", "status", "--location", fixture.directory.toString()), err);
        assertTrue(out.contains("PENDING"), out);

        Path properties = fixture.directory.resolve("toasty.properties");
        Files.writeString(
                properties,
                "toasty.url=" + fixture.db.jdbcUrl() + "\ntoasty.user=" + fixture.db.user() + "\n"
                        + fixture.db
                                .password()
                                .map(p -> "toasty.password=" + p + "\n")
                                .orElse("")
                        + "toasty.location=" + fixture.directory.toString().replace("\\", "\\\\") + "\n");
        assertEquals(0, toasty(Map.of(), "migrate", "up", "--properties", properties.toString()), err);
        assertEquals(List.of("1:ok"), fixture.history());
    }

    @Test
    void theModelsAreFoundThroughTheIndexOnTheClassPath() throws Exception {
        Path classes = Files.createTempDirectory("toasty-app");
        Path index = classes.resolve("META-INF/toasty/models");
        Files.createDirectories(index.getParent());
        Files.writeString(index, "# written by the Toasty annotation processor\n" + Note.class.getName() + "\n");
        assertEquals(0, toasty("schema", "show", "--classpath", classes.toString()), err);
        assertTrue(out.startsWith("CREATE TABLE IF NOT EXISTS \"notes\" (\n"), out);
        assertEquals(
                2,
                toasty(
                        "schema",
                        "show",
                        "--classpath",
                        classes.resolve("missing").toString()));
        assertTrue(err.startsWith("toasty: Class path entry"), err);
    }

    @Test
    void aDatabaseThatCannotBeReachedExitsWithOne() {
        assertEquals(
                1,
                toasty(
                        Map.of(),
                        "migrate",
                        "status",
                        "--url",
                        "jdbc:postgresql://127.0.0.1:1/none",
                        "--location",
                        fixture.directory.toString()));
        assertTrue(err.startsWith("toasty: "), err);
    }
}
