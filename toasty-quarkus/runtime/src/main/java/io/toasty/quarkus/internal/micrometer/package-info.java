/**
 * Statement metrics with Micrometer: the only package of the extension that names a Micrometer type, used when the
 * application has quarkus-micrometer. Not API.
 */
package io.toasty.quarkus.internal.micrometer;
