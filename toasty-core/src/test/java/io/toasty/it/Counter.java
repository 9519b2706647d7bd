package io.toasty.it;

import io.toasty.model.Column;
import io.toasty.model.Key;
import io.toasty.model.Model;

/** A named number with no version, so that concurrent transactions can write the same row by key. */
@Model
public class Counter {
    @Key
    @Column(length = 20)
    String name;

    long value;

    Counter() {}

    Counter(String name, long value) {
        this.name = name;
        this.value = value;
    }

    @Override
    public String toString() {
        return "Counter{" + name + " = " + value + "}";
    }
}
