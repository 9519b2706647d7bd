/** Unit tests of the pieces that need no database: script splitting, versions, type widening. */
package io.toasty.migrate.internal;
