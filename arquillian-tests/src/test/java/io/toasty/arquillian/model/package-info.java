/**
 * The models of every scenario. Toasty's annotation processor lists them in the module's one model index
 * ({@code META-INF/toasty/models}), which every deployment sees on the class path: each deployment therefore has all
 * of them, with their tables created in its own schema at startup.
 */
package io.toasty.arquillian.model;
