/** Toasty's implementation (dialect). Not API: anything here may change in any release. */
package io.toasty.internal.dialect;
