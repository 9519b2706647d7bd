package io.toasty.validation.internal;

import java.lang.reflect.Array;

/** Rejected values as the messages show them: short, quoted when text, and never the whole of a long one. */
final class Values {
    /** The longest text shown whole; a longer one is cut, and its length given, which a {@code @Size} needs. */
    static final int SHOWN = 60;

    private Values() {}

    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value.getClass().isArray()) {
            return value.getClass().getComponentType().getSimpleName() + "[" + Array.getLength(value) + "]";
        }
        String text = String.valueOf(value);
        boolean quoted = value instanceof CharSequence || value instanceof Character;
        if (text.length() <= SHOWN) {
            return quoted ? "'" + text + "'" : text;
        }
        int end = SHOWN - 3;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        String cut = text.substring(0, end) + "...";
        return quoted ? "'" + cut + "', " + text.length() + " characters" : cut;
    }
}
