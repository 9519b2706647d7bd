package io.toasty.quarkus.deployment;

import io.toasty.quarkus.ToastyBuildTimeConfig;
import io.toasty.quarkus.internal.Qualifiers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which datasource each model lives in: the named datasource whose {@code models} entry matches it most specifically
 * (its class name beats a package, a longer package beats a shorter one); the default datasource when none matches.
 */
final class ModelAssignment {
    private ModelAssignment() {}

    /** The datasource of each of {@code models}; problems, one message each, go to {@code problems}. */
    static Map<String, String> assign(Collection<String> models, ToastyBuildTimeConfig config, List<String> problems) {
        Map<String, String> assigned = new LinkedHashMap<>();
        for (String model : models) {
            int best = -1;
            List<String> claimants = new ArrayList<>();
            for (Map.Entry<String, ToastyBuildTimeConfig.DataSourceModels> entry :
                    new TreeMap<>(config.datasources()).entrySet()) {
                for (String pattern : entry.getValue().models().orElse(List.of())) {
                    int specificity = specificity(pattern.trim(), model);
                    if (specificity > best) {
                        best = specificity;
                        claimants.clear();
                    }
                    if (specificity == best && specificity >= 0 && !claimants.contains(entry.getKey())) {
                        claimants.add(entry.getKey());
                    }
                }
            }
            if (claimants.size() > 1) {
                problems.add(model + " is claimed as specifically by the datasources " + String.join(" and ", claimants)
                        + " (quarkus.toasty.datasource.\"name\".models): a model lives in one datasource; name it"
                        + " in one of them only");
            } else {
                assigned.put(model, claimants.isEmpty() ? Qualifiers.DEFAULT : claimants.get(0));
            }
        }
        return assigned;
    }

    /** How closely {@code pattern} matches {@code model}: -1 not at all; a class name beats every package. */
    private static int specificity(String pattern, String model) {
        if (pattern.endsWith(".*")) {
            String packageName = pattern.substring(0, pattern.length() - 2);
            return model.startsWith(packageName + ".") ? packageName.length() : -1;
        }
        return pattern.equals(model) ? Integer.MAX_VALUE : -1;
    }
}
