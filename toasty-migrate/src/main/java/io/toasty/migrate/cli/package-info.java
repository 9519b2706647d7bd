/**
 * The {@code toasty} command line: {@code migrate generate | up | down | status | dry-run | repair} and
 * {@code schema show | diff}. Run it with {@code java -jar toasty-migrate.jar --help}; its one public class is the
 * entry point.
 */
package io.toasty.migrate.cli;
