package io.toasty.inherit;

import io.toasty.Deferred;
import io.toasty.model.Model;
import io.toasty.model.UpdatedAt;
import java.math.BigDecimal;
import java.time.Instant;

/** A bank transfer, stored with {@code type = 'Transfer'}: a timestamp and a deferred field of a subclass. */
@Model
public class Transfer extends Payment {
    public String iban;

    @UpdatedAt
    public Instant checkedAt;

    public Deferred<String> memo = Deferred.of("");

    public Transfer() {}

    public Transfer(String reference, BigDecimal amount, String iban) {
        super(reference, amount);
        this.iban = iban;
    }
}
