package io.toasty.inherit;

import io.toasty.model.Model;
import java.math.BigDecimal;

/** A bank transfer, stored with {@code type = 'Transfer'}. */
@Model
public class Transfer extends Payment {
    public String iban;

    public Transfer() {}

    public Transfer(String reference, BigDecimal amount, String iban) {
        super(reference, amount);
        this.iban = iban;
    }
}
