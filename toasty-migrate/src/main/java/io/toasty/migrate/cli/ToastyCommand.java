package io.toasty.migrate.cli;

import io.toasty.migrate.internal.Cli;
import java.io.PrintStream;
import java.util.Map;

/**
 * The {@code toasty} command. Exit codes: 0 success, 1 failure (a migration or the database failed), 2 wrong usage,
 * 3 refused for safety (a destructive step without {@code --allow-destructive}, a changed applied file, a failed
 * migration awaiting repair), 4 {@code schema diff} found differences.
 */
public final class ToastyCommand {
    private ToastyCommand() {}

    /** Runs the command and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.getenv()));
    }

    /**
     * Runs the command without exiting, for embedding and tests.
     *
     * @param environment where {@code TOASTY_DB_URL}, {@code TOASTY_DB_USER} and {@code TOASTY_DB_PASSWORD} are read
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment) {
        return new Cli(out, err, environment).run(args);
    }
}
