/** Container tests: one small deployment per scenario, on Weld, Narayana, Agroal and PostgreSQL. */
package io.toasty.arquillian;
