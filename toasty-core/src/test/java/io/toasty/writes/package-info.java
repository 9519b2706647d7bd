/** The suites of the writes and fields features (upsert, timestamps, hooks, batches), on H2 and PostgreSQL. */
package io.toasty.writes;
