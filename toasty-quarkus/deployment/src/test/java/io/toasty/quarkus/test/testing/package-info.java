/** What the extension's scenario tests share: the database each run uses. */
package io.toasty.quarkus.test.testing;
