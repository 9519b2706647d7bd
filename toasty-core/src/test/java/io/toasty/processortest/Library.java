package io.toasty.processortest;

import io.toasty.model.Auto;
import io.toasty.model.Key;
import io.toasty.model.Model;

/** Holds a nested record model, for {@code ProcessorInBuildTest}. */
public final class Library {
    private Library() {}

    /** A nested record model. */
    @Model
    public record Shelf(@Key @Auto long id, String label) {}
}
