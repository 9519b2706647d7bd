/**
 * The extension's build steps: models found in the Jandex index and checked at build time, one {@code Toasty} bean per
 * datasource and one {@code Repository<T>} bean per model, toasty-jta's interceptors, and misuse that fails the build.
 * Not API.
 */
package io.toasty.quarkus.deployment;
