/** Tests of the module's structure: the API, SPI and internal tiers. */
package io.toasty.architecture;
