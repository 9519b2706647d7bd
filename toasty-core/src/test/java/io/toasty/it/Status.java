package io.toasty.it;

public enum Status {
    ACTIVE,
    SUSPENDED,
    CLOSED
}
