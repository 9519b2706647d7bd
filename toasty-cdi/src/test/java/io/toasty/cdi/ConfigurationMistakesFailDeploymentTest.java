package io.toasty.cdi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.toasty.cdi.testing.Deployment;
import io.toasty.model.Key;
import io.toasty.model.Model;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mistakes in Toasty's configuration fail the deployment, each with the key, the value and what to write instead. */
class ConfigurationMistakesFailDeploymentTest {
    @Model
    public record Fern(@Key String name) {}

    @Test
    void everyMistakeIsReported() {
        String fern = Fern.class.getCanonicalName();
        List<String> problems = Deployment.of(getClass())
                .config("toasty.schema-management", "creat")
                .config("toasty.database.garden.models", fern + ", com.acme.*.plants")
                .config("toasty.database.greenhouse.models", fern)
                .config("toasty.database.nursery.models", fern)
                .config("toasty.validation.insert-groups", "com.acme.Missing")
                .failure();

        assertEquals(
                List.of(
                        "io.toasty.cdi.ConfigurationMistakesFailDeploymentTest$Fern is claimed as closely by several"
                                + " databases (toasty.database.greenhouse.models=" + fern
                                + ", toasty.database.nursery.models=" + fern + "): a model lives in one database. Name"
                                + " it in one of them, or annotate it with @io.toasty.cdi.Database(\"name\"), which"
                                + " takes precedence",
                        "toasty.database.garden.models has 'com.acme.*.plants', which is neither a class name"
                                + " (com.acme.User) nor a package followed by .* (com.acme.*)",
                        "toasty.schema-management is 'creat': use none, create, drop-and-create, validate or migrate",
                        "toasty.validation.insert-groups names com.acme.Missing, which cannot be loaded: give the"
                                + " binary name of a Bean Validation group interface, such as"
                                + " jakarta.validation.groups.Default"),
                problems);
    }
}
