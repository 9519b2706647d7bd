package io.toasty.migrate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.toasty.migrate.MigrationInfo;
import io.toasty.migrate.MigrationState;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The command line's progress: a bar redrawn in place on a terminal, one line per migration elsewhere. */
class ProgressTest {
    private static final MigrationInfo BACKFILL = new MigrationInfo(
            "3", "backfill", "V3__backfill.sql", MigrationState.PENDING, Optional.empty(), Optional.empty());

    private static String run(boolean terminal) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Cli.Progress progress = new Cli.Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), terminal);
        progress.started(BACKFILL, false);
        progress.progress(BACKFILL, 1, 3, "statements");
        progress.progress(BACKFILL, 3, 3, "statements");
        progress.finished(
                new MigrationInfo(
                        "3",
                        "backfill",
                        "V3__backfill.sql",
                        MigrationState.APPLIED,
                        Optional.empty(),
                        Optional.of(Duration.ofMillis(42))),
                false);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aTerminalGetsABar() {
        assertEquals(
                "Applying V3__backfill.sql\n"
                        + "\r  [##########                    ] 1/3 statements"
                        + "\r  [##############################] 3/3 statements\n"
                        + "  done in 42 ms\n",
                run(true).replace(System.lineSeparator(), "\n"));
    }

    @Test
    void aLogGetsLines() {
        assertEquals("Applying V3__backfill.sql\n  done in 42 ms\n", run(false).replace(System.lineSeparator(), "\n"));
    }
}
