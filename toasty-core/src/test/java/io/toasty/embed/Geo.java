package io.toasty.embed;

import io.toasty.model.Embeddable;

/** A point, embedded in {@link Address}: nested embeddables prefix again ({@code address_geo_lat}). */
@Embeddable
public record Geo(double lat, double lng) {}
