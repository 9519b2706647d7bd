package io.toasty.quarkus.internal;

import io.toasty.spi.StatementListener;

/**
 * Statement metrics of each datasource's Toasty. Its one implementation uses Micrometer and is a bean only when the
 * application has quarkus-micrometer, decided at build time: this interface names no Micrometer type, so that the
 * recorder, which refers to it, loads in applications without Micrometer.
 */
public interface StatementMetrics {
    /** The listener that records the statements of the Toasty of {@code dataSource}. */
    StatementListener listener(String dataSource);
}
