package io.toasty.embed;

import io.toasty.model.Key;
import io.toasty.model.Model;

/** A record model with an embedded point. */
@Model
public record Place(@Key String code, Geo geo) {}
