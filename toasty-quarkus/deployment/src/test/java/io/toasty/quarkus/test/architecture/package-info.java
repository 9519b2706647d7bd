/** The extension's tiers, checked. */
package io.toasty.quarkus.test.architecture;
