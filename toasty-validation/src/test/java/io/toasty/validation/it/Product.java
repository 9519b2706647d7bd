package io.toasty.validation.it;

import io.toasty.model.Auto;
import io.toasty.model.Column;
import io.toasty.model.Key;
import io.toasty.model.Model;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;

/** A record model, with a constraint of our own on its currency. */
@Model
public record Product(
        @Key @Auto UUID id,
        @NotBlank @Size(max = 60) String name,
        @NotNull @DecimalMin("0.00") @Column(precision = 12, scale = 2) BigDecimal price,
        @NotNull @CurrencyCode String currency) {
    public Product(String name, String price, String currency) {
        this(null, name, new BigDecimal(price), currency);
    }
}
