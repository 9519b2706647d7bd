/** Toasty's implementation (processor). Not API: anything here may change in any release. */
package io.toasty.internal.processor;
