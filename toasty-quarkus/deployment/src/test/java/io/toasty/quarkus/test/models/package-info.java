/** The models the scenarios deploy. */
package io.toasty.quarkus.test.models;
