/** Tests of the listener without a database, and of the module's tiers. */
package io.toasty.validation;
