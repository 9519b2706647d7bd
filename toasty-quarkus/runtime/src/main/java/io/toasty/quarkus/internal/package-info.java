/**
 * The extension's runtime implementation: the recorder that builds every {@code Toasty} when the application starts,
 * and the health check. Not API: public only because Quarkus' generated startup code calls it.
 */
package io.toasty.quarkus.internal;
