package io.toasty.cdi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.cdi.testing.Deployment;
import io.toasty.model.Key;
import io.toasty.model.Model;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Injection points that name a real model or database, but one that cannot serve them, fail the deployment with the
 * reason, where the container would only say "unsatisfied dependency".
 */
class MisdirectedInjectionFailsDeploymentTest {
    @Model
    public record Letter(@Key String id) {}

    @Model
    public record Parcel(@Key String id) {}

    @ApplicationScoped
    public static class PostOffice {
        @Inject
        @Database("archive")
        Repository<Letter> archivedLetters;

        @Inject
        @Database("archive")
        Toasty archive;

        @Inject
        Repository<Parcel> parcels;
    }

    @Test
    void eachInjectionPointIsExplained() {
        List<String> problems = Deployment.of(getClass())
                .config("toasty.models", Letter.class.getName())
                .beans(PostOffice.class)
                .failure();

        String office = PostOffice.class.getName();
        assertEquals(
                List.of(
                        "field " + office + ".archive injects the Toasty of database 'archive', but no model lives"
                                + " there, and Toasty makes a Toasty bean only for a database with models. Give it"
                                + " models (@Database(\"archive\") on the model, or toasty.database.archive.models), or"
                                + " produce the Toasty yourself",
                        "field " + office + ".archivedLetters injects Repository<" + Letter.class.getName()
                                + "> with @Database(\"archive\"), but " + Letter.class.getName() + " lives in the"
                                + " default database. Inject it without qualifier, or move Letter to database"
                                + " 'archive' (@Database(\"archive\") on the model, or toasty.database.archive.models)",
                        "field " + office + ".parcels injects Repository<" + Parcel.class.getName() + ">, but "
                                + Parcel.class.getName() + " belongs to no database: toasty.models="
                                + Letter.class.getName() + " does not match it. Add it there or to a"
                                + " toasty.database.<name>.models setting, or annotate it with"
                                + " @io.toasty.cdi.Database(\"name\")"),
                problems);
    }
}
