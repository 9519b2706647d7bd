/**
 * Container tests: one small deployment per scenario ({@link io.toasty.arquillian.Scenario}), on Weld, Narayana,
 * Agroal and PostgreSQL, with toasty-cdi, toasty-jta and toasty-validation as an application adds them.
 */
package io.toasty.arquillian;
