/** Tests of the SPI helpers that integrations call. */
package io.toasty.spi;
