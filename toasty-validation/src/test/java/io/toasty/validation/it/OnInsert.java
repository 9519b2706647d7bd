package io.toasty.validation.it;

/** A validation group checked only when a member is inserted. */
public interface OnInsert {}
