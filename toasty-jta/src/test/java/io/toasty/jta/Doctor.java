package io.toasty.jta;

import io.toasty.model.Column;
import io.toasty.model.Key;
import io.toasty.model.Model;

/** A doctor who may be on call: the write-skew example, where at least one must stay on call. */
@Model
public record Doctor(@Key @Column(length = 40) String name, boolean onCall) {}
