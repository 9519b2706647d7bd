/** Single-table inheritance, run on H2 and PostgreSQL, and the hierarchy of vehicles it uses. */
package io.toasty.inherit;
