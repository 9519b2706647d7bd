package io.toasty.quarkus.internal;

import java.util.List;

/**
 * The models of one datasource and whether Bean Validation and statement metrics are present, decided at build time
 * and recorded into the startup code; a bean-style class because the recorder serializes it through its getters and
 * setters.
 */
public final class DataSourcePlan {
    private String dataSource;
    private List<String> models = List.of();
    private boolean validation;
    private boolean metrics;

    /** For the recorder. */
    public DataSourcePlan() {}

    /** A plan for {@code dataSource} holding {@code models}. */
    public DataSourcePlan(String dataSource, List<String> models, boolean validation) {
        this.dataSource = dataSource;
        this.models = List.copyOf(models);
        this.validation = validation;
    }

    /** The datasource's name; {@link Qualifiers#DEFAULT} for the default one. */
    public String getDataSource() {
        return dataSource;
    }

    /** For the recorder. */
    public void setDataSource(String dataSource) {
        this.dataSource = dataSource;
    }

    /** The binary names of the models. */
    public List<String> getModels() {
        return models;
    }

    /** For the recorder. */
    public void setModels(List<String> models) {
        this.models = List.copyOf(models);
    }

    /** Whether writes are validated by the application's {@code Validator} bean. */
    public boolean isValidation() {
        return validation;
    }

    /** For the recorder. */
    public void setValidation(boolean validation) {
        this.validation = validation;
    }

    /** Whether statements are timed by the application's {@link StatementMetrics} bean (with Micrometer). */
    public boolean isMetrics() {
        return metrics;
    }

    /** For the recorder, and for the build step that finds Micrometer. */
    public void setMetrics(boolean metrics) {
        this.metrics = metrics;
    }
}
