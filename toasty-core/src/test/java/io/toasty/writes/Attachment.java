package io.toasty.writes;

import io.toasty.Deferred;
import io.toasty.model.Key;
import io.toasty.model.Model;

/** A record whose content is read only when asked. */
@Model
public record Attachment(@Key String name, long size, Deferred<byte[]> content) {}
