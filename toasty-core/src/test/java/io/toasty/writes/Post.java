package io.toasty.writes;

import io.toasty.model.Auto;
import io.toasty.model.Key;
import io.toasty.model.Model;

/** A record with arrays of scalars: tags, scores and ids. */
@Model
public record Post(@Key @Auto Long id, String title, String[] tags, Integer[] scores, Long[] readers) {}
