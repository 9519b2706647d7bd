/**
 * The Toasty API: {@link io.toasty.Toasty}, built once per database, hands out a {@link io.toasty.Repository}
 * per model, runs {@link io.toasty.Transaction transactions}, and manages the {@link io.toasty.Schema}. Queries
 * are built with {@link io.toasty.Query} from the conditions of {@link io.toasty.query}; models are declared with
 * the annotations of {@link io.toasty.model}. Every failure is a {@link io.toasty.ToastyException}.
 */
package io.toasty;
