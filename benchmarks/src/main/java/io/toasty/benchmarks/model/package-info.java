/** The Toasty models of the benchmark; raw JDBC maps its rows into the same classes. */
package io.toasty.benchmarks.model;
