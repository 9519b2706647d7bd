package io.toasty.quarkus.test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.builder.Version;
import io.quarkus.maven.dependency.Dependency;
import io.quarkus.test.QuarkusExtensionTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.toasty.Repository;
import io.toasty.quarkus.test.models.Book;
import io.toasty.quarkus.test.testing.TestDatabases;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code quarkus.toasty.metrics.enabled=false} keeps Toasty's statements out of Micrometer, which is present. */
class MetricsDisabledTest {
    @RegisterExtension
    static final QuarkusExtensionTest TEST = TestDatabases.app(MetricsDisabledTest.class, Book.class)
            .setForcedDependencies(List.of(
                    Dependency.of("io.quarkus", "quarkus-micrometer-registry-prometheus", Version.getVersion())))
            .overrideConfigKey("quarkus.toasty.schema-management", "drop-and-create")
            .overrideConfigKey("quarkus.toasty.metrics.enabled", "false");

    @Inject
    Repository<Book> books;

    @TestHTTPResource("q/metrics")
    URI metrics;

    @Test
    void noStatementIsTimed() throws IOException, InterruptedException {
        books.insert(new Book("Emma", 300));

        String text = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        assertTrue(text.contains("jvm_"), "Micrometer is there: " + text);
        assertFalse(text.contains("toasty_statements"), text);
    }
}
