/** Relation, preloading and soft-delete suites, with their models. */
package io.toasty.it.rel;
