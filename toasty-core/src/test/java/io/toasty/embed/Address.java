package io.toasty.embed;

import io.toasty.model.Embeddable;

/** A postal address, embedded in {@link Customer}. */
@Embeddable
public record Address(String street, String city, Geo geo) {}
