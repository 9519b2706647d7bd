/**
 * The implementation of Toasty's CDI integration: the portable extension and what it registers. Not API: anything
 * here may change in any release. {@code @Vetoed}, so that no class here becomes a bean of the application.
 */
@Vetoed
package io.toasty.cdi.internal;

import jakarta.enterprise.inject.Vetoed;
