/** Toasty's implementation. Not API: anything here may change in any release. */
package io.toasty.internal;
