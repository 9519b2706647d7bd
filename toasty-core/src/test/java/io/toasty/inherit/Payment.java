package io.toasty.inherit;

import io.toasty.model.BeforeInsert;
import io.toasty.model.Inheritance;
import io.toasty.model.Key;
import io.toasty.model.Model;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** An abstract base: every row is a card payment or a transfer, never a plain payment. */
@Model
@Inheritance
public abstract class Payment {
    @Key
    public String reference;

    public BigDecimal amount;

    /** The hooks that ran, in order; not a column. */
    public transient List<String> hooksRun = new ArrayList<>();

    @BeforeInsert
    void beforeInsertOfEveryPayment() {
        hooksRun.add("payment");
    }

    protected Payment() {}

    protected Payment(String reference, BigDecimal amount) {
        this.reference = reference;
        this.amount = amount;
    }
}
