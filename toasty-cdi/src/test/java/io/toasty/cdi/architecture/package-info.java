/** Checks of the module's layout: the tiers of STYLE.md, enforced by tests rather than by review. */
package io.toasty.cdi.architecture;
