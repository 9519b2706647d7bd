package io.toasty.it;

import java.math.BigDecimal;

/** An application type stored through {@link MoneyCodec}. */
public record Money(BigDecimal amount, String currency) {}
