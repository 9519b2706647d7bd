/** The application that {@code LiveReloadTest} runs in dev mode and changes while it runs. */
package io.toasty.quarkus.test.devmode;
