package io.toasty.quarkus.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.builder.Version;
import io.quarkus.maven.dependency.Dependency;
import io.quarkus.test.QuarkusExtensionTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.toasty.DuplicateKeyException;
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
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With quarkus-micrometer (here its Prometheus registry, added to this application only: every other scenario runs
 * without Micrometer on the class path), every statement is timed in {@code toasty.statements}, by datasource, model,
 * operation and outcome. Read as the application's users would, from {@code /q/metrics}, so that this test names no
 * Micrometer type either.
 */
class MetricsTest {
    @RegisterExtension
    static final QuarkusExtensionTest TEST = TestDatabases.app(MetricsTest.class, Book.class)
            .setForcedDependencies(List.of(
                    Dependency.of("io.quarkus", "quarkus-micrometer-registry-prometheus", Version.getVersion())))
            .overrideConfigKey("quarkus.toasty.schema-management", "drop-and-create");

    private static final Pattern SAMPLE = Pattern.compile("^toasty_statements_seconds_count\\{(.*)} ([0-9.E]+)$");
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    @Inject
    Repository<Book> books;

    @TestHTTPResource("q/metrics")
    URI metrics;

    @Test
    void statementsAreCountedByModelOperationAndOutcome() throws IOException, InterruptedException {
        Book emma = books.insert(new Book("Emma", 300));
        books.insert(new Book("Persuasion", 200));
        assertThrows(DuplicateKeyException.class, () -> books.insert(new Book("Emma", 1)));
        books.query().count();
        emma.pages = 310;
        books.update(emma);
        books.delete(emma);

        Map<String, Double> counts = counts();
        assertEquals(2.0, counts.get("Book insert success"), counts.toString());
        assertEquals(1.0, counts.get("Book insert error"), counts.toString());
        assertEquals(1.0, counts.get("Book select success"), counts.toString());
        assertEquals(1.0, counts.get("Book update success"), counts.toString());
        assertEquals(1.0, counts.get("Book delete success"), counts.toString());
    }

    /** The count of each timer of the default datasource, by "model operation outcome". */
    private Map<String, Double> counts() throws IOException, InterruptedException {
        String text = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Map<String, Double> counts = new TreeMap<>();
        for (String line : text.split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (!sample.matches()) {
                continue;
            }
            Map<String, String> labels = new TreeMap<>();
            Matcher label = LABEL.matcher(sample.group(1));
            while (label.find()) {
                labels.put(label.group(1), label.group(2));
            }
            assertEquals("<default>", labels.get("datasource"), line);
            counts.put(
                    labels.get("model") + " " + labels.get("operation") + " " + labels.get("outcome"),
                    Double.parseDouble(sample.group(2)));
        }
        assertTrue(!counts.isEmpty(), "No toasty_statements in\n" + text);
        return counts;
    }
}
