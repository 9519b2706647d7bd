package io.toasty.examples.bookstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.toasty.Repository;
import io.toasty.Toasty;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The bookstore through its HTTP endpoints, on embedded H2 (and, in the subclass, on PostgreSQL). */
@QuarkusTest
class BookstoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TestHTTPResource("/")
    URI base;

    @Inject
    Toasty toasty;

    @Inject
    Repository<Review> reviews;

    /** The database this class runs on, as Toasty detected it. */
    String expectedDatabase() {
        return "H2";
    }

    record Answer(int status, JsonNode body) {}

    Answer call(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json");
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        return new Answer(response.statusCode(), body.isEmpty() ? null : JSON.readTree(body));
    }

    long addAuthor(String name) throws IOException, InterruptedException {
        Answer added =
                call("POST", "/authors", "{\"name\": \"" + name + "\", \"email\": \"" + unique() + "@example.com\"}");
        assertEquals(201, added.status(), String.valueOf(added.body()));
        return added.body().get("id").asLong();
    }

    long addBook(String title, long author) throws IOException, InterruptedException {
        Answer added = call("POST", "/books", bookJson(title, isbn(), author));
        assertEquals(201, added.status(), String.valueOf(added.body()));
        return added.body().get("id").asLong();
    }

    static String bookJson(String title, String isbn, long author) {
        return "{\"title\": \"" + title + "\", \"isbn\": \"" + isbn + "\", \"year\": 1815, \"authorId\": " + author
                + "}";
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static String isbn() {
        return String.format("978%010d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 10_000_000_000L));
    }

    @Test
    void runsOnItsDatabaseAndIsReady() throws Exception {
        assertEquals(expectedDatabase(), toasty.database());

        Answer ready = call("GET", "/q/health/ready", null);

        assertEquals(200, ready.status(), String.valueOf(ready.body()));
        assertEquals("UP", ready.body().get("status").asText());
    }

    @Test
    void anAddedAuthorCanBeRead() throws Exception {
        long id = addAuthor("Jane Austen");

        Answer read = call("GET", "/authors/" + id, null);

        assertEquals(200, read.status());
        assertEquals("Jane Austen", read.body().get("name").asText());
    }

    @Test
    void anInvalidAuthorIs400WithItsViolations() throws Exception {
        Answer refused = call("POST", "/authors", "{\"name\": \" \", \"email\": \"not an address\"}");

        assertEquals(400, refused.status());
        assertEquals(
                JSON.readTree(
                        """
                        {"violations": [
                          {"field": "email", "message": "must be a well-formed email address"},
                          {"field": "name", "message": "must not be blank"}]}"""),
                refused.body());
    }

    @Test
    void aDuplicateEmailIs409() throws Exception {
        String email = unique() + "@example.com";
        assertEquals(
                201,
                call("POST", "/authors", "{\"name\": \"Ann\", \"email\": \"" + email + "\"}")
                        .status());

        Answer duplicate = call("POST", "/authors", "{\"name\": \"Another Ann\", \"email\": \"" + email + "\"}");

        assertEquals(409, duplicate.status());
        assertEquals(JSON.readTree("{\"error\": \"Already there: email\", \"fields\": [\"email\"]}"), duplicate.body());
    }

    @Test
    void anUnknownBookIs404() throws Exception {
        Answer missing = call("GET", "/books/987654321", null);

        assertEquals(404, missing.status());
        assertTrue(
                missing.body().get("error").asText().contains("987654321"),
                missing.body().toString());
    }

    @Test
    void aBookOfAnUnknownAuthorIs404AndNotWritten() throws Exception {
        String isbn = isbn();
        Answer refused = call("POST", "/books", bookJson("Nobody's", isbn, 987654321));

        assertEquals(404, refused.status());
        assertEquals(
                0,
                call("GET", "/books", null).body().get("items").findValuesAsText("isbn").stream()
                        .filter(isbn::equals)
                        .count());
    }

    @Test
    void aBookComesWithItsAuthorAndReviews() throws Exception {
        long author = addAuthor("Mary Shelley");
        long book = addBook("Frankenstein", author);
        assertEquals(
                201,
                call("POST", "/books/" + book + "/reviews", "{\"stars\": 5, \"text\": \"Alive!\"}")
                        .status());
        assertEquals(
                201,
                call("POST", "/books/" + book + "/reviews", "{\"stars\": 4, \"text\": \"Dark\"}")
                        .status());

        Answer read = call("GET", "/books/" + book, null);

        assertEquals(200, read.status());
        assertEquals("Frankenstein", read.body().at("/book/title").asText());
        assertEquals("Mary Shelley", read.body().at("/author/name").asText());
        assertEquals(List.of("Alive!", "Dark"), read.body().get("reviews").findValuesAsText("text"));
    }

    @Test
    void anInvalidReviewIs400AndNotWritten() throws Exception {
        long book = addBook("Persuasion", addAuthor("Jane Austen"));

        Answer refused = call("POST", "/books/" + book + "/reviews", "{\"stars\": 9, \"text\": \"Too good\"}");

        assertEquals(400, refused.status());
        assertEquals(
                JSON.readTree("{\"violations\": [{\"field\": \"stars\", \"message\": \"must be less than or equal to"
                        + " 5\"}]}"),
                refused.body());
        assertEquals(
                0, call("GET", "/books/" + book, null).body().get("reviews").size());
    }

    @Test
    void theBooksOfAnAuthorComeAPageAtATime() throws Exception {
        long author = addAuthor("Jane Austen");
        for (String title : List.of("Sanditon", "Emma", "Persuasion", "Lady Susan", "Mansfield Park")) {
            addBook(title, author);
        }

        List<List<String>> pages = new ArrayList<>();
        String path = "/books?size=2&author=" + author;
        while (path != null) {
            Answer page = call("GET", path, null);
            assertEquals(200, page.status(), String.valueOf(page.body()));
            pages.add(page.body().get("items").findValuesAsText("title"));
            JsonNode next = page.body().get("next");
            path = next.isNull()
                    ? null
                    : "/books?size=2&author=" + author + "&cursor="
                            + URLEncoder.encode(next.asText(), StandardCharsets.UTF_8);
        }

        assertEquals(
                List.of(List.of("Emma", "Lady Susan"), List.of("Mansfield Park", "Persuasion"), List.of("Sanditon")),
                pages);
    }

    @Test
    void aTamperedCursorIs400() throws Exception {
        Answer refused = call("GET", "/books?cursor=not-a-cursor", null);

        assertEquals(400, refused.status());
    }

    @Test
    void aDeletedBookIsGoneWithItsReviews() throws Exception {
        long book = addBook("Lady Susan", addAuthor("Jane Austen"));
        assertEquals(
                201,
                call("POST", "/books/" + book + "/reviews", "{\"stars\": 3, \"text\": \"Short\"}")
                        .status());

        assertEquals(204, call("DELETE", "/books/" + book, null).status());

        assertEquals(404, call("GET", "/books/" + book, null).status());
        assertEquals(0, reviews.where(Review_.bookId.eq(book)).count());
        assertEquals(404, call("DELETE", "/books/" + book, null).status());
    }
}
