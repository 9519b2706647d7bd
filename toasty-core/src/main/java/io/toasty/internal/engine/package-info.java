/** Toasty's implementation (engine). Not API: anything here may change in any release. */
package io.toasty.internal.engine;
