/** Tests of the module's structure: its API and internal tiers. */
package io.toasty.migrate.architecture;
