package io.toasty.cdi.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The value of a {@code models} setting: a comma-separated list of class names ({@code com.acme.User}, binary or
 * canonical for nested classes) and patterns ({@code com.acme.*}: every class in {@code com.acme} and its
 * subpackages; {@code com.acme.Shop.*}: the classes nested in {@code Shop}).
 *
 * @param key the configuration key it is the value of
 * @param text the value, for messages
 */
record ModelPatterns(String key, String text, List<String> classes, List<String> packages) {
    /**
     * Parses the value of {@code key}.
     *
     * @throws IllegalArgumentException with a message for the deployment when an entry is neither
     */
    static ModelPatterns parse(String key, String text) {
        List<String> classes = new ArrayList<>();
        List<String> packages = new ArrayList<>();
        for (String entry : text.split(",")) {
            String pattern = entry.trim();
            if (pattern.isEmpty()) {
                continue;
            }
            if (pattern.endsWith(".*") && valid(pattern.substring(0, pattern.length() - 2))) {
                packages.add(pattern.substring(0, pattern.length() - 1));
            } else if (valid(pattern)) {
                classes.add(pattern);
            } else {
                throw new IllegalArgumentException(key + " has '" + pattern + "', which is neither a class name"
                        + " (com.acme.User) nor a package followed by .* (com.acme.*)");
            }
        }
        return new ModelPatterns(key, text, List.copyOf(classes), List.copyOf(packages));
    }

    private static boolean valid(String name) {
        for (String part : name.split("[.$]", -1)) {
            if (part.isEmpty()
                    || !Character.isJavaIdentifierStart(part.charAt(0))
                    || !part.chars().allMatch(Character::isJavaIdentifierPart)) {
                return false;
            }
        }
        return true;
    }

    /**
     * How closely an entry matches {@code model}, when one does: a class name beats every pattern, and a longer
     * pattern beats a shorter one, so that {@code com.acme.orders.*} wins over {@code com.acme.*}.
     */
    OptionalInt specificity(Class<?> model) {
        if (classes.contains(model.getName()) || classes.contains(model.getCanonicalName())) {
            return OptionalInt.of(Integer.MAX_VALUE);
        }
        String name = model.getName();
        String canonical = model.getCanonicalName();
        return packages.stream()
                .filter(prefix -> name.startsWith(prefix) || (canonical != null && canonical.startsWith(prefix)))
                .mapToInt(String::length)
                .max();
    }

    /** {@code toasty.models=com.acme.*}, for messages. */
    @Override
    public String toString() {
        return key + "=" + text;
    }
}
