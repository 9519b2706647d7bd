package io.toasty.it;

import io.toasty.spi.ValueCodec;
import java.math.BigDecimal;

/** Stores {@link Money} as text like {@code "12.50 CHF"}. */
public final class MoneyCodec implements ValueCodec<Money, String> {
    @Override
    public Class<Money> type() {
        return Money.class;
    }

    @Override
    public Class<String> storedType() {
        return String.class;
    }

    @Override
    public String encode(Money value) {
        return value.amount().toPlainString() + " " + value.currency();
    }

    @Override
    public Money decode(String stored) {
        int space = stored.indexOf(' ');
        return new Money(new BigDecimal(stored.substring(0, space)), stored.substring(space + 1));
    }
}
