package io.toasty.quarkus.deployment;

import io.quarkus.builder.item.SimpleBuildItem;
import io.toasty.quarkus.internal.DataSourcePlan;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The application's models, checked, and the datasource each lives in. */
final class ToastyModelsBuildItem extends SimpleBuildItem {
    private final Map<String, String> dataSourceByModel;
    private final List<DataSourcePlan> plans;

    ToastyModelsBuildItem(Map<String, String> dataSourceByModel, List<DataSourcePlan> plans) {
        this.dataSourceByModel = Map.copyOf(dataSourceByModel);
        this.plans = List.copyOf(plans);
    }

    /** The binary names of every model. */
    Set<String> models() {
        return dataSourceByModel.keySet();
    }

    /** The datasource of {@code model}. */
    String dataSourceOf(String model) {
        return dataSourceByModel.get(model);
    }

    /** One plan per datasource that has models. */
    List<DataSourcePlan> plans() {
        return plans;
    }
}
