/**
 * A bookstore on Quarkus and Toasty: authors, their books and readers' reviews over REST, with repositories injected
 * into {@code @Transactional} services, validation errors as 400, unknown keys as 404 and duplicates as 409.
 */
package io.toasty.examples.bookstore;
