package io.toasty.migrate.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A migration version as Flyway reads it: numbers separated by dots (or underscores in file names), compared number
 * by number, so {@code 1.10} comes after {@code 1.9} and {@code 2} after both.
 */
public record Version(List<BigInteger> parts) implements Comparable<Version> {
    public Version {
        parts = List.copyOf(parts);
    }

    /** Parses {@code 3}, {@code 1.2} or {@code 1_2}. */
    public static Version parse(String text) {
        List<BigInteger> parts = new ArrayList<>();
        for (String part : text.replace('_', '.').split("\\.", -1)) {
            if (part.isEmpty() || !part.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException(
                        "Version '" + text + "' is not numbers separated by dots, such as 3 or 1.2");
            }
            parts.add(new BigInteger(part));
        }
        return new Version(parts);
    }

    /** The next major version: {@code 1.2} gives {@code 2}. */
    public Version next() {
        return new Version(List.of(parts.get(0).add(BigInteger.ONE)));
    }

    @Override
    public int compareTo(Version other) {
        for (int i = 0; i < Math.max(parts.size(), other.parts.size()); i++) {
            BigInteger mine = i < parts.size() ? parts.get(i) : BigInteger.ZERO;
            BigInteger theirs = i < other.parts.size() ? other.parts.get(i) : BigInteger.ZERO;
            int order = mine.compareTo(theirs);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    @Override
    public String toString() {
        return String.join(".", parts.stream().map(BigInteger::toString).toList());
    }
}
