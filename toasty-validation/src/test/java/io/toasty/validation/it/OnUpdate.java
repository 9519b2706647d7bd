package io.toasty.validation.it;

/** A validation group checked only when a member is updated. */
public interface OnUpdate {}
