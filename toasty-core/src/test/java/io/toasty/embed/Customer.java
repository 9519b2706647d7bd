package io.toasty.embed;

import io.toasty.model.Auto;
import io.toasty.model.Column;
import io.toasty.model.Index;
import io.toasty.model.Key;
import io.toasty.model.Model;

/** A class model with two embedded addresses, one under a chosen column prefix, and an index on a component. */
@Model(indexes = @Index(fields = {"address.city", "name"}))
public class Customer {
    @Key
    @Auto
    Long id;

    String name;
    Address address;

    @Column(name = "bill")
    Address billing;

    public Customer() {}

    public Customer(String name, Address address) {
        this.name = name;
        this.address = address;
    }
}
