/**
 * The implementation of toasty-validation: collecting violations and wording the exception. Not API: anything here
 * may change in any release.
 */
package io.toasty.validation.internal;
