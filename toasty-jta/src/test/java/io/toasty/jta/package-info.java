/**
 * Tests of toasty-jta on H2 and PostgreSQL, with Narayana as the transaction manager, an Agroal pool that enlists its
 * connections, and Weld SE for the interceptor bindings.
 */
package io.toasty.jta;
