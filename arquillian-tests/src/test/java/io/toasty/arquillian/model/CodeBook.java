package io.toasty.arquillian.model;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** The coupon codes the application knows; a bean, injected into {@link KnownCodeValidator}. */
@ApplicationScoped
public class CodeBook {
    private static final Set<String> CODES = Set.of("WELCOME", "SPRING");

    public boolean knows(String code) {
        return CODES.contains(code);
    }
}
