package io.toasty.inherit;

import io.toasty.model.BeforeInsert;
import io.toasty.model.Model;
import java.math.BigDecimal;

/** A payment by card, stored with {@code type = 'CardPayment'}. */
@Model
public class CardPayment extends Payment {
    public String last4;

    @BeforeInsert
    void beforeInsertOfACard() {
        hooksRun.add("card");
    }

    public CardPayment() {}

    public CardPayment(String reference, BigDecimal amount, String last4) {
        super(reference, amount);
        this.last4 = last4;
    }
}
