/** Toasty's implementation (meta). Not API: anything here may change in any release. */
package io.toasty.internal.meta;
