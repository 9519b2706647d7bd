package io.toasty.inherit;

import io.toasty.model.Inheritance;
import io.toasty.model.Key;
import io.toasty.model.Model;
import java.math.BigDecimal;

/** An abstract base: every row is a card payment or a transfer, never a plain payment. */
@Model
@Inheritance
public abstract class Payment {
    @Key
    public String reference;

    public BigDecimal amount;

    protected Payment() {}

    protected Payment(String reference, BigDecimal amount) {
        this.reference = reference;
        this.amount = amount;
    }
}
