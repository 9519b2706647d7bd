/**
 * Extension points of Toasty: value codecs for application types, statement listeners, and the accessors the
 * annotation processor generates. Each interface says who calls it and when.
 */
package io.toasty.spi;
