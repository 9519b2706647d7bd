package io.toasty.processortest;

import io.toasty.model.Key;
import io.toasty.model.Model;
import java.time.LocalDate;

/** A class model, for {@code ProcessorInBuildTest}. */
@Model
public class Book {
    @Key
    String isbn;

    String title;
    int pages;
    LocalDate published;
}
