package io.toasty.arquillian.model;

import io.toasty.model.Key;
import io.toasty.model.Model;

/** A coupon whose code must be one the {@link CodeBook} bean knows: a constraint whose validator injects a bean. */
@Model
public record Coupon(@Key @KnownCode String code) {}
