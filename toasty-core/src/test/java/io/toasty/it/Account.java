package io.toasty.it;

import io.toasty.model.Column;
import io.toasty.model.Key;
import io.toasty.model.Model;
import java.math.BigDecimal;

/** A class with private fields reached through getters and setters, a natural string key and a fixed decimal. */
@Model
public class Account {
    @Key
    @Column(length = 20)
    private String number;

    @Column(precision = 12, scale = 2, nullable = false)
    private BigDecimal balance;

    private boolean frozen;

    public Account() {}

    public Account(String number, BigDecimal balance) {
        this.number = number;
        this.balance = balance;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public BigDecimal getBalance() {
        return balance;
    }

    public void setBalance(BigDecimal balance) {
        this.balance = balance;
    }

    public boolean isFrozen() {
        return frozen;
    }

    public void setFrozen(boolean frozen) {
        this.frozen = frozen;
    }
}
