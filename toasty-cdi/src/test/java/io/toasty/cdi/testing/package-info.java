/**
 * The harness of the extension's tests: a small Weld SE deployment per scenario, with its own configuration and the
 * test database's {@code DataSource} as a bean.
 */
package io.toasty.cdi.testing;
